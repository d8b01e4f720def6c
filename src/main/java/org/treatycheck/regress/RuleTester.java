package org.treatycheck.regress;

import java.util.ArrayList;
import java.util.List;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.engine.RuleRunException;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Treaty;

/**
 * Runs rule cases against a rule base, as ESLint's RuleTester does: a firing case must produce
 * exactly its expected findings of the rule under test, a silent case none.
 */
public final class RuleTester {

    private final RuleBase rules;

    public RuleTester(RuleBase rules) {
        this.rules = rules;
    }

    /** Runs one case. */
    public CaseResult run(RuleCase c) {
        String where = c.file() + ":" + c.line();
        if (!rules.rules().containsKey(c.rule())) {
            return new CaseResult(c.rule(), c.displayName(), where,
                    List.of("the test names rule '" + c.rule() + "', which the rules folder does not define"), List.of());
        }
        Treaty treaty;
        try {
            treaty = TreatyLoader.fromNode(c.draft(), c.file());
        } catch (TreatyLoadException e) {
            List<String> lines = new ArrayList<>();
            lines.add("the case's draft does not load:");
            e.problems().stream().map(LoadProblem::toString).forEach(lines::add);
            return new CaseResult(c.rule(), c.displayName(), where, lines, List.of());
        }
        List<Finding> actual;
        try {
            actual = rules.check(treaty).findings().stream().filter(f -> f.rule().equals(c.rule())).toList();
        } catch (RuleRunException e) {
            return new CaseResult(c.rule(), c.displayName(), where, List.of("the rules failed: " + e.getMessage()), List.of());
        }
        return new CaseResult(c.rule(), c.displayName(), where, compare(c.expected(), actual), actual);
    }

    /**
     * Pairs expected with actual findings; what is left on either side is the diff, {@code -} for a
     * finding expected and missing, {@code +} for a finding produced and not expected.
     */
    static List<String> compare(List<ExpectedFinding> expected, List<Finding> actual) {
        List<Finding> unmatched = new ArrayList<>(actual);
        List<String> diff = new ArrayList<>();
        for (ExpectedFinding e : expected) {
            Finding match = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            if (match == null) {
                diff.add("- expected " + e);
            } else {
                unmatched.remove(match);
            }
        }
        for (Finding f : unmatched) {
            diff.add("+ actual   " + describe(f));
        }
        return diff;
    }

    /** A finding as the diff shows it: clauses, severity, actors, territories. */
    static String describe(Finding f) {
        return "clauses [" + String.join(", ", f.clauses()) + "] severity " + f.severity().yamlName() + " actors "
                + f.actors().stream().sorted().toList() + " territories " + f.territories().stream().sorted().toList();
    }
}
