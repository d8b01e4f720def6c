package org.treatycheck.load;

/**
 * One mistake in a treaty file.
 *
 * @param file   the file as the user named it
 * @param line   1-based line
 * @param column 1-based column
 */
public record LoadProblem(String file, int line, int column, String message) implements Comparable<LoadProblem> {

    /** {@code FILE:LINE:COLUMN: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(LoadProblem o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
