package org.treatycheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.treatycheck.model.Severity;

/**
 * The index workbook of a folder run ({@code index.xlsx}): one row per draft with its counts by
 * severity, its worst finding and a link to its workbook; drafts that did not load are listed with
 * their errors, so nothing in the folder goes unmentioned.
 */
public final class IndexRenderer {

    /** The index's file name in the output folder. */
    public static final String FILE_NAME = "index.xlsx";

    private static final String[] FIXED = {"Draft", "Treaty", "Title", "Status"};
    private static final String[] TAIL = {"Total", "Worst finding", "Report", "Errors"};

    private IndexRenderer() {
    }

    /** Writes the index; entries in the order given (the run's file order). */
    public static void write(List<IndexEntry> entries, RunInfo run, OutputStream out) throws IOException {
        try (StreamingWorkbook wb = new StreamingWorkbook(entries.size())) {
            XlsxStyles styles = new XlsxStyles(wb);
            Severity[] severities = Severity.values();
            int columns = FIXED.length + severities.length + TAIL.length;
            String[] headers = new String[columns];
            int[] widths = new int[columns];
            int c = 0;
            for (String h : FIXED) {
                widths[c] = h.equals("Title") ? 40 : 24;
                headers[c++] = h;
            }
            for (Severity s : severities) {
                widths[c] = 10;
                headers[c++] = capitalized(s);
            }
            for (String h : TAIL) {
                widths[c] = h.equals("Worst finding") || h.equals("Errors") ? 60 : 10;
                if (h.equals("Report")) {
                    widths[c] = 28;
                }
                headers[c++] = h;
            }
            ListSheet sheet = ListSheet.create(wb, "Drafts", headers, widths, styles.header);
            int r = 1;
            for (IndexEntry e : entries) {
                Row row = sheet.row(r++);
                int col = 0;
                XlsxCells.text(row, col++, e.file(), styles.text);
                XlsxCells.text(row, col++, e.treatyId(), styles.text);
                XlsxCells.text(row, col++, e.title(), styles.wrap);
                XlsxCells.text(row, col++, e.counts() == null ? "not loaded" : "checked", styles.text);
                for (Severity s : severities) {
                    if (e.counts() == null) {
                        XlsxCells.text(row, col++, null, styles.text);
                    } else {
                        int n = e.counts().count(s);
                        XlsxCells.number(row, col++, n, n > 0 ? styles.severity(s) : styles.text);
                    }
                }
                if (e.counts() == null) {
                    XlsxCells.text(row, col++, null, styles.text);
                } else {
                    XlsxCells.number(row, col++, e.counts().total(), styles.text);
                }
                XlsxCells.text(row, col++, e.worst() == null ? null
                        : e.worst().severity().yamlName() + " \u2014 " + e.worst().rule() + ": " + e.worst().message(), styles.wrap);
                if (e.report() == null) {
                    XlsxCells.text(row, col++, null, styles.text);
                } else {
                    var cell = XlsxCells.text(row, col++, e.report(), styles.link);
                    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                    link.setAddress(e.report());
                    cell.setHyperlink(link);
                }
                XlsxCells.text(row, col, e.errors().isEmpty() ? null : String.join("\n", e.errors()), styles.wrap);
                sheet.fit(row);
            }
            sheet.finish(r - 1);
            StreamingWorkbook.properties(wb.getXSSFWorkbook(), run, null);
            wb.write(out);
        }
    }

    private static String capitalized(Severity s) {
        String n = s.yamlName();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
