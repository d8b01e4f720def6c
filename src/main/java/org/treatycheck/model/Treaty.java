package org.treatycheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One draft agreement: its metadata, actors, territories and clauses in document order.
 *
 * @param id     treaty id, {@code [a-z0-9][a-z0-9-]*}; names the report file
 * @param draft  draft label, or null
 * @param date   date of signature, or null for an undated draft
 * @param source where the text comes from, or null
 * @param file   the file it was loaded from (as given), for messages
 */
public record Treaty(
        String id, String title, String draft, LocalDate date, TreatyStatus status, String source,
        Map<String, Actor> actors, Map<String, Territory> territories, List<Clause> clauses, String file) {

    public Treaty {
        actors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        territories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(territories));
        clauses = List.copyOf(clauses);
    }

    /** The actor with this id, if the draft defines it. */
    public Optional<Actor> actor(String actorId) {
        return Optional.ofNullable(actors.get(actorId));
    }

    /** The clause with this id, if the draft has it. */
    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }

    /** Clause ids in document order, for ordering a finding's clauses. */
    public List<String> clauseIds() {
        List<String> ids = new ArrayList<>(clauses.size());
        clauses.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
