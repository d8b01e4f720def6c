package org.treatycheck.regress;

import java.util.List;

/**
 * Everything {@code treatycheck test} found: the result of every case, the coverage gate's
 * complaints (a rule without firing or silent cases, a test for a rule that does not exist, a test
 * file that does not load), and the coverage table.
 */
public record RegressionRun(List<CaseResult> results, List<String> gateProblems, List<CoverageRow> coverage,
        List<Rewrite> rewrites) {

    /** A snapshot file to rewrite with new text ({@code treatycheck test --update}). */
    public record Rewrite(java.nio.file.Path file, String text) {
    }

    public RegressionRun {
        rewrites = List.copyOf(rewrites);
        results = List.copyOf(results);
        gateProblems = List.copyOf(gateProblems);
        coverage = List.copyOf(coverage);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    /** Failed cases plus gate problems: each gate problem counts as a failure. */
    public long failed() {
        return results.stream().filter(r -> !r.passed()).count() + gateProblems.size();
    }

    /** True when every case passed and the gate is satisfied. */
    public boolean ok() {
        return failed() == 0;
    }
}
