package org.treatycheck.load;

import java.util.List;

/** A treaty file could not be loaded; carries every problem found, in file order. */
public final class TreatyLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    public TreatyLoadException(List<LoadProblem> problems) {
        super(problems.isEmpty() ? "the file could not be loaded" : problems.get(0).toString());
        this.problems = problems.stream().sorted().toList();
    }

    /** Every problem, sorted by file, line and column. */
    public List<LoadProblem> problems() {
        return problems;
    }
}
