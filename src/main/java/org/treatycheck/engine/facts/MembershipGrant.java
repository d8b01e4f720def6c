package org.treatycheck.engine.facts;

import org.treatycheck.model.Clause;

/**
 * A clause that grants or opens membership of an alliance or organization to a state: a
 * conditional_accession (membership when its trigger happens) or an accession_path (a route to
 * membership with no trigger).
 *
 * @param clause       the accession clause
 * @param party        the state that would join
 * @param organization the alliance or organization it would join
 * @param description  what the clause does, as a predicate for messages ("makes UA join NATO
 *                     automatically if RU violates the agreement")
 */
public record MembershipGrant(Clause clause, String party, String organization, String description) {
}
