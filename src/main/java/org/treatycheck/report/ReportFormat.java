package org.treatycheck.report;

import java.util.Locale;

/** The report formats, for a command-line option such as {@code --format xlsx}. */
public enum ReportFormat {
    XLSX, JSON, TEXT;

    /** A renderer for this format; {@code colour} only matters for {@link #TEXT}. */
    public ReportRenderer renderer(boolean colour) {
        return switch (this) {
            case XLSX -> new XlsxRenderer();
            case JSON -> new JsonRenderer();
            case TEXT -> new TextRenderer(colour);
        };
    }

    /** The name as typed on the command line ({@code xlsx}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
