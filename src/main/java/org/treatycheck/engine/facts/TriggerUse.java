package org.treatycheck.engine.facts;

import org.treatycheck.model.Clause;
import org.treatycheck.model.Trigger;

/**
 * A trigger and the clause that holds it. Only the trigger positions rules-v1 names count: a
 * conditional accession's trigger, the trigger of a sanctions snap-back, an obligation's trigger,
 * and each void-if condition of a guarantee.
 */
public record TriggerUse(Clause clause, Trigger trigger) {
}
