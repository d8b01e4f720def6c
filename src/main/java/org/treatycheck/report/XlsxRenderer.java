package org.treatycheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatycheck.model.Clause;
import org.treatycheck.model.ClauseHeader;
import org.treatycheck.model.Clauses;
import org.treatycheck.model.Finding;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Time;
import org.treatycheck.model.Treaty;

/**
 * Writes a report as an Excel workbook with the sheets Summary, Findings, Clauses, Matrix and Rules.
 *
 * <p>The workbook is streamed ({@link StreamingWorkbook}): only {@value StreamingWorkbook#ROW_WINDOW}
 * rows per sheet stay in memory, the rest go to temporary files that are deleted afterwards.
 * Cross-sheet hyperlinks are the exception, as POI keeps them in memory: only the first
 * {@value XlsxLinks#DEFAULT_PER_SHEET} rows of a sheet get one, and the Summary says so when rows
 * lose theirs. Past Excel's 1,048,576 rows a sheet ends with a note of how many findings or
 * clauses it leaves out.
 *
 * <p>User text is always written as text, never as a formula, and cut to Excel's 32,767-character
 * cell limit with a visible note. The same report gives the same cell contents; the only
 * timestamp is {@link RunInfo#generatedAt()}.
 */
public final class XlsxRenderer implements ReportRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxRenderer.class);

    /**
     * Rows (findings and clauses) from which the Findings and Clauses sheets are filled at once, on
     * two threads: below, a second thread costs more than it saves.
     */
    static final long CONCURRENT_FROM_ROWS = 5_000;

    /** The Clauses sheet's thread: a daemon, never keeping a process alive. */
    private static final ThreadFactory SHEET_THREADS = r -> {
        Thread t = new Thread(r, "treatycheck-clauses-sheet");
        t.setDaemon(true);
        return t;
    };

    private final XlsxLimits limits;
    private final long concurrentFromRows;
    private final ThreadFactory sheetThreads;

    /**
     * A renderer with Excel's row limit and {@value XlsxLinks#DEFAULT_PER_SHEET} links per sheet,
     * filling two sheets at once from {@value #CONCURRENT_FROM_ROWS} rows when there is more than
     * one processor.
     */
    public XlsxRenderer() {
        this(XlsxLimits.DEFAULT);
    }

    /** A renderer with other limits, for tests. */
    XlsxRenderer(XlsxLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors() > 1 ? CONCURRENT_FROM_ROWS : Long.MAX_VALUE, SHEET_THREADS);
    }

    /**
     * A renderer with other limits, another size from which sheets are filled at once, and the
     * threads that fill the Clauses sheet then, for tests.
     */
    XlsxRenderer(XlsxLimits limits, long concurrentFromRows, ThreadFactory sheetThreads) {
        this.limits = limits;
        this.concurrentFromRows = concurrentFromRows;
        this.sheetThreads = sheetThreads;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(TreatyReport report, OutputStream out) throws IOException {
        long rows = rows(report);
        // close() also deletes the temporary files of the streamed sheets (POI bug 68183; so in 5.5.1)
        try (StreamingWorkbook wb = new StreamingWorkbook(rows)) {
            sheets(XlsxContext.of(wb, wb.getXSSFWorkbook(), report, limits), rows >= concurrentFromRows ? sheetThreads : null);
            wb.write(out);
        }
    }

    /**
     * The sheets, in their order, and the document properties. The Findings and Clauses sheets,
     * most of a large report's rows, may be filled at once (the Clauses sheet on a thread from
     * {@code concurrently}, when not null): each streams its rows to a temporary
     * file of its own and reads nothing shared that changes; everything that touches the workbook
     * itself (creating sheets, filters) happens on this thread before or after.
     */
    private static void sheets(XlsxContext cx, ThreadFactory concurrently) {
        SummarySheet.write(cx);
        FindingsSheet findings = new FindingsSheet(cx);
        ClausesSheet clauses = new ClausesSheet(cx);
        if (concurrently != null) {
            Concurrently.run(findings::fill, clauses::fill, concurrently);
        } else {
            findings.fill();
            clauses.fill();
        }
        findings.finish();
        clauses.finish();
        MatrixSheet.write(cx);
        RulesSheet.write(cx);
        StreamingWorkbook.properties(cx.xssf(), cx.report().run(), cx.report().treaty().title());
    }

    /** The rows of a report's workbook that count for its size: a finding or a clause each. */
    static long rows(TreatyReport report) {
        return (long) report.findings().size() + report.treaty().clauses().size();
    }

    /**
     * Writes a one-clause, one-finding workbook to nowhere, so that POI's classes (the XML schema
     * types above all) are loaded and initialised before a real report needs them. {@code check}
     * runs this on a thread of its own while the rule base loads: it takes about 0.2 s off the
     * report of a small draft, which otherwise comes last, after the check. Never fails: a warm-up
     * that goes wrong only leaves the real report to do the loading.
     */
    public static void warmUp() {
        try {
            writeWarmUp(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("workbook warm-up failed; the first report will load POI itself", e);
        }
    }

    /**
     * The warm-up workbook: the report's sheet writers on a workbook kept in memory, not streamed,
     * so that it touches no file: a process may exit while it runs (a run whose rules fail to
     * compile), and a streamed workbook would leave its temporary files behind.
     */
    static void writeWarmUp(OutputStream out) throws IOException {
        Clause clause = new Clauses.EntryIntoForce(
                new ClauseHeader("1", 0, "entry_into_force", null, null, null, Time.SIGNATURE, 1), List.of());
        Treaty treaty = new Treaty("warm-up", "Warm-up", null, null, null, null, Map.of(), Map.of(), List.of(clause),
                "warm-up.yaml");
        RuleInfo rule = new RuleInfo("warm-up", Severity.HIGH, FindingKind.GAP, "Warm-up", "", "", "", "warm-up.drl");
        Finding finding = new Finding(rule.id(), rule.severity(), rule.kind(), List.of(clause.id()), List.of(), List.of(),
                "Warm-up");
        TreatyReport report = new TreatyReport(treaty, List.of(finding), List.of(rule),
                new RunInfo("warm-up", "", java.time.Instant.EPOCH));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheets(XlsxContext.of(wb, wb, report, XlsxLimits.DEFAULT), null);
            wb.write(out);
        }
    }
}
