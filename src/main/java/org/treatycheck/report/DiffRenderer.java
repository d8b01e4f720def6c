package org.treatycheck.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.treatycheck.model.Finding;

/**
 * Writes a {@link DraftComparison} as a workbook: a Summary, the Findings with their status (new,
 * resolved, persisting) and the Clauses that were added, removed, renumbered or changed, field by
 * field.
 */
public final class DiffRenderer {

    private DiffRenderer() {
    }

    /** Writes the comparison workbook. */
    public static void write(DraftComparison diff, RunInfo run, OutputStream out) throws IOException {
        try (StreamingWorkbook wb = new StreamingWorkbook((long) diff.findings().size() + diff.clauses().size())) {
            XlsxStyles styles = new XlsxStyles(wb);
            summary(wb.createSheet("Summary"), diff, run, styles);
            findings(wb, diff, styles);
            clauses(wb, diff, styles);
            StreamingWorkbook.properties(wb.getXSSFWorkbook(), run, null);
            wb.write(out);
        }
    }

    private static void summary(Sheet sheet, DraftComparison diff, RunInfo run, XlsxStyles styles) {
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        String[][] rows = {
            {"Old draft", diff.oldDraft().id() + " \u2014 " + diff.oldDraft().title() + " (" + diff.oldDraft().file() + ")"},
            {"New draft", diff.newDraft().id() + " \u2014 " + diff.newDraft().title() + " (" + diff.newDraft().file() + ")"},
            {"New findings", Long.toString(diff.count(DraftComparison.FindingStatus.NEW))},
            {"Resolved findings", Long.toString(diff.count(DraftComparison.FindingStatus.RESOLVED))},
            {"Persisting findings", Long.toString(diff.count(DraftComparison.FindingStatus.PERSISTING))},
            {"Clauses added", Long.toString(diff.count(DraftComparison.ClauseStatus.ADDED))},
            {"Clauses removed", Long.toString(diff.count(DraftComparison.ClauseStatus.REMOVED))},
            {"Clauses renumbered", Long.toString(diff.count(DraftComparison.ClauseStatus.RENUMBERED))},
            {"Clauses changed", Long.toString(diff.count(DraftComparison.ClauseStatus.CHANGED))},
            {"Tool version", run.toolVersion()},
            {"Rule set (SHA-256)", run.ruleSetHash()},
            {"Generated", run.generatedAt().toString()},
        };
        XlsxCells.text(sheet.createRow(0), 0, "Changes between two drafts", styles.title);
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 2);
            XlsxCells.text(row, 0, rows[i][0], styles.label);
            XlsxCells.text(row, 1, rows[i][1], styles.wrap);
        }
    }

    private static void findings(Workbook wb, DraftComparison diff, XlsxStyles styles) {
        ListSheet sheet = ListSheet.create(wb, "Findings", new String[] {"Status", "Severity", "Kind", "Rule", "Clauses", "Message"},
                new int[] {12, 10, 12, 36, 14, 90}, styles.header);
        int r = 1;
        for (DraftComparison.FindingChange c : diff.findings()) {
            Finding f = c.finding();
            Row row = sheet.row(r++);
            XlsxCells.text(row, 0, c.status().name().toLowerCase(java.util.Locale.ROOT), styles.text);
            XlsxCells.text(row, 1, f.severity().yamlName(), styles.severity(f.severity()));
            XlsxCells.text(row, 2, f.kind().yamlName(), styles.text);
            XlsxCells.text(row, 3, f.rule(), styles.text);
            XlsxCells.text(row, 4, String.join(", ", f.clauses()), styles.text);
            XlsxCells.text(row, 5, f.message(), styles.wrap);
            sheet.fit(row);
        }
        sheet.finish(r - 1);
    }

    private static void clauses(Workbook wb, DraftComparison diff, XlsxStyles styles) {
        ListSheet sheet = ListSheet.create(wb, "Clauses", new String[] {"Status", "Old id", "New id", "Field", "Old value", "New value"},
                new int[] {12, 10, 10, 24, 60, 60}, styles.header);
        int r = 1;
        for (DraftComparison.ClauseChange c : diff.clauses()) {
            Row row = sheet.row(r++);
            XlsxCells.text(row, 0, c.status().name().toLowerCase(java.util.Locale.ROOT), styles.text);
            XlsxCells.text(row, 1, c.oldId(), styles.text);
            XlsxCells.text(row, 2, c.newId(), styles.text);
            XlsxCells.text(row, 3, c.field(), styles.text);
            XlsxCells.text(row, 4, c.oldValue(), styles.wrap);
            XlsxCells.text(row, 5, c.newValue(), styles.wrap);
            sheet.fit(row);
        }
        sheet.finish(r - 1);
    }
}
