package org.treatycheck.cli;

import java.util.List;

/**
 * A failure the user can fix (bad input, bad rules, unwritable output): reported as one line per
 * problem, with exit code 2, and a stack trace only with {@code --verbose}.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    UserError(List<String> lines, Throwable cause) {
        super(String.join("\n", lines), cause);
        this.lines = List.copyOf(lines);
    }

    UserError(String line) {
        this(List.of(line), null);
    }

    List<String> lines() {
        return lines;
    }
}
