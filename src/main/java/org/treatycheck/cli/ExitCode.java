package org.treatycheck.cli;

/** The process exit codes, as documented in the README. */
public enum ExitCode {
    /** No finding at or above the {@code --fail-on} severity; all tests passed. */
    OK(0),
    /** Findings at or above {@code --fail-on}; or a failed test. */
    FINDINGS(1),
    /** Bad input or usage: a draft or rule that does not load, a bad option, an unwritable output. */
    BAD_INPUT(2),
    /** A fault in the tool itself. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }
}
