package org.treatycheck.engine.facts;

import org.treatycheck.model.Clause;

/**
 * A territory that a withdrawal or elections clause lists, with the clause's party: lets rules
 * join clauses to territories by equality (an index) instead of testing every clause's list
 * against every territory, which grew quadratically with the draft.
 */
public record TerritoryMention(Clause clause, String party, String territory) {
}
