package org.treatycheck.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report in one format. Implementations are stateless and reusable; {@link #write} must
 * not close {@code out} (the caller owns it, see {@link AtomicFiles}).
 */
public interface ReportRenderer {

    /** The file name extension of this format, without the dot ({@code xlsx}). */
    String extension();

    /** Writes the whole report to {@code out}. */
    void write(TreatyReport report, OutputStream out) throws IOException;
}
