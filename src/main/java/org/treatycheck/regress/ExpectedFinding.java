package org.treatycheck.regress;

import java.util.List;
import java.util.Set;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;

/**
 * A finding a case expects: its clause ids (in document order) and, when given, its severity,
 * actors and territories.
 */
public record ExpectedFinding(List<String> clauses, Severity severity, Set<String> actors, Set<String> territories) {

    public ExpectedFinding {
        clauses = List.copyOf(clauses);
        actors = actors == null ? null : Set.copyOf(actors);
        territories = territories == null ? null : Set.copyOf(territories);
    }

    /** True when the actual finding has these clauses and matches every optional detail given. */
    public boolean matches(Finding f) {
        return f.clauses().equals(clauses)
                && (severity == null || severity == f.severity())
                && (actors == null || actors.equals(Set.copyOf(f.actors())))
                && (territories == null || territories.equals(Set.copyOf(f.territories())));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("clauses [").append(String.join(", ", clauses)).append(']');
        if (severity != null) {
            s.append(" severity ").append(severity.yamlName());
        }
        if (actors != null) {
            s.append(" actors ").append(actors.stream().sorted().toList());
        }
        if (territories != null) {
            s.append(" territories ").append(territories.stream().sorted().toList());
        }
        return s.toString();
    }
}
