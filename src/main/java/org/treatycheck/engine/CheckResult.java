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
        // Keys are computed once per finding: a large draft has over 100,000 findings, some naming
        // thousands of clauses, and a comparator that rebuilt them would dominate the check.
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        treaty.clauses().forEach(c -> order.put(c.id(), c.index()));
        findings = findings.stream()
                .map(f -> new Keyed(f, f.clauses().isEmpty() ? -1 : order.getOrDefault(f.clauses().get(0), Integer.MAX_VALUE),
                        String.join(",", f.clauses())))
                .sorted(Comparator.comparing((Keyed k) -> k.finding().severity()).thenComparingInt(Keyed::firstClause)
                        .thenComparing(k -> k.finding().rule()).thenComparing(Keyed::clauses))
                .map(Keyed::finding)
                .toList();
    }

    private record Keyed(Finding finding, int firstClause, String clauses) {
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
