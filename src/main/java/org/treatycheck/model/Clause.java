package org.treatycheck.model;

import java.util.Optional;

/**
 * One typed clause of a draft. Each clause type of the treaty format is a record implementing this
 * interface; rules match on those records.
 */
public sealed interface Clause permits Clauses.Ceasefire, Clauses.SettlementTalks, Clauses.Withdrawal,
        Clauses.BufferZone, Clauses.TerritorialStatus, Clauses.NonUseOfForce, Clauses.SecurityGuarantee,
        Clauses.NonAccession, Clauses.ConditionalAccession, Clauses.AccessionPath, Clauses.ForceLimit,
        Clauses.ForeignForcesBan, Clauses.Sanctions, Clauses.Elections, Clauses.MartialLaw, Clauses.Amnesty,
        Clauses.Monitoring, Clauses.EntryIntoForce, Clauses.NuclearStatus, Clauses.Obligation {

    /** The common fields. */
    ClauseHeader header();

    /** The clause id, the article number as written. */
    default String id() {
        return header().id();
    }

    /** Position in the document, from 0. */
    default int index() {
        return header().index();
    }

    /** The deadline ({@code by}, or {@code ends}) where the clause type has one. */
    default Optional<Time> deadline() {
        return Optional.empty();
    }

    /**
     * When the clause is carried out: its deadline when it has one, otherwise its {@code at}. This
     * is what {@code clause:ID} means in a time expression.
     */
    default Time carriedOut() {
        return deadline().orElse(header().at());
    }
}
