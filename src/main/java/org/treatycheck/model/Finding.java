package org.treatycheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found in a draft: which rule, how serious, which clauses (in document order;
 * empty for a finding about the whole draft), which actors and territories, and a message for a
 * policy reader.
 */
public record Finding(
        String rule,
        Severity severity,
        FindingKind kind,
        List<String> clauses,
        List<String> actors,
        List<String> territories,
        String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        clauses = List.copyOf(clauses);
        actors = List.copyOf(actors);
        territories = List.copyOf(territories);
    }
}
