package org.treatycheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as an Excel workbook with the sheets Summary, Findings, Clauses, Matrix and Rules.
 *
 * <p>The workbook is streamed (SXSSF): only {@value #ROW_WINDOW} rows per sheet stay in memory, the
 * rest go to compressed temporary files that are deleted afterwards. Cross-sheet hyperlinks are
 * the exception, as POI keeps them in memory: only the first {@value XlsxLinks#DEFAULT_PER_SHEET}
 * rows of a sheet get one, and the Summary says so when rows lose theirs. Past Excel's 1,048,576
 * rows a sheet ends with a note of how many findings or clauses it leaves out.
 *
 * <p>User text is always written as text, never as a formula, and cut to Excel's 32,767-character
 * cell limit with a visible note. The same report gives the same cell contents; the only
 * timestamp is {@link RunInfo#generatedAt()}.
 */
public final class XlsxRenderer implements ReportRenderer {

    /** Rows kept in memory per sheet while streaming. */
    static final int ROW_WINDOW = 100;

    private final XlsxLimits limits;

    /** A renderer with Excel's row limit and {@value XlsxLinks#DEFAULT_PER_SHEET} links per sheet. */
    public XlsxRenderer() {
        this(XlsxLimits.DEFAULT);
    }

    /** A renderer with other limits, for tests. */
    XlsxRenderer(XlsxLimits limits) {
        this.limits = limits;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(TreatyReport report, OutputStream out) throws IOException {
        // close() also deletes the temporary files of the streamed sheets (POI bug 68183; so in 5.5.1)
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true, false)) {
            XlsxContext cx = XlsxContext.of(wb, report, limits);
            SummarySheet.write(cx);
            FindingsSheet.write(cx);
            ClausesSheet.write(cx);
            MatrixSheet.write(cx);
            RulesSheet.write(cx);
            properties(wb, report);
            wb.write(out);
        }
    }

    /** Creation date from the run, not the clock, so the same run gives the same document properties. */
    private static void properties(SXSSFWorkbook wb, TreatyReport report) {
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreator("treatycheck " + report.run().toolVersion());
        if (report.treaty().title() != null) {
            core.setTitle(XlsxCells.fit(report.treaty().title()));
        }
        core.setCreated(Optional.of(Date.from(report.run().generatedAt())));
    }
}
