package org.treatycheck.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Treaty;

/**
 * What the rule base found in one draft, ordered most serious first, then by the first clause named
 * (a finding about the whole draft comes before clause findings of its severity), then by rule id.
 */
public record CheckResult(Treaty treaty, List<Finding> findings) {

    public CheckResult {
        // A map, not List.indexOf: a 50,000-clause draft has over 100,000 findings to sort.
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        treaty.clauses().forEach(c -> order.put(c.id(), c.index()));
        Comparator<Finding> byFirstClause = Comparator.comparingInt(
                f -> f.clauses().isEmpty() ? -1 : order.getOrDefault(f.clauses().get(0), Integer.MAX_VALUE));
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(byFirstClause).thenComparing(Finding::rule)
                        .thenComparing(f -> String.join(",", f.clauses())))
                .toList();
    }

    /** The most serious severity found, if any. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    /** How many findings are at least as serious as {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
