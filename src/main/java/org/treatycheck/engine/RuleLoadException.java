package org.treatycheck.engine;

import java.util.List;

/** The rules folder could not be turned into a rule base; lists every problem found. */
public final class RuleLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleLoadException(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "rules could not be loaded" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
