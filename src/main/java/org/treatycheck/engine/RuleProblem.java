package org.treatycheck.engine;

/**
 * Something wrong with a rule file: a compile error or incomplete metadata.
 *
 * @param file   the rule file as the user named it
 * @param line   1-based line, or 0 when Drools gives none
 * @param column 1-based column, or 0 when unknown
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code FILE:LINE:COLUMN: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}
