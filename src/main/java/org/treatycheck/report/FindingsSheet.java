package org.treatycheck.report;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.treatycheck.model.Finding;
import org.treatycheck.model.RuleInfo;

/** One row per finding, in the report's order; the Clauses cell links to the first clause named. */
final class FindingsSheet {

    static final String NAME = "Findings";
    static final String[] HEADERS =
            {"Severity", "Kind", "Rule", "Title", "Clauses", "Actors", "Territories", "Message", "Grounds"};
    private static final int[] WIDTHS = {11, 13, 30, 40, 16, 14, 18, 80, 60};
    private static final int CLAUSES_COL = 4;

    private final XlsxContext cx;
    private final ListSheet sheet;
    private final XlsxLinks links;

    /** Creates the sheet with its header row and column widths. */
    FindingsSheet(XlsxContext cx) {
        this.cx = cx;
        sheet = ListSheet.create(cx.workbook(), NAME, HEADERS, WIDTHS, cx.styles().header);
        links = cx.links();
    }

    /** Row of finding {@code i} (from 0) in this sheet, from 0. */
    static int row(int finding) {
        return finding + 1;
    }

    /** Writes a row per finding; touches no other sheet and nothing shared of the workbook. */
    void fill() {
        XlsxStyles st = cx.styles();
        List<Finding> findings = cx.report().findings();
        int shown = cx.findingsShown();
        for (int i = 0; i < shown; i++) {
            Finding f = findings.get(i);
            RuleInfo rule = cx.rules().get(f.rule());
            Row row = sheet.row(row(i));
            XlsxCells.text(row, 0, f.severity().name(), st.severity(f.severity()));
            XlsxCells.text(row, 1, f.kind().name().toLowerCase(Locale.ROOT), st.text);
            XlsxCells.text(row, 2, f.rule(), st.text);
            XlsxCells.text(row, 3, rule == null ? null : rule.title(), st.wrap);
            clausesCell(row, f);
            XlsxCells.text(row, 5, String.join(", ", f.actors()), st.wrap);
            XlsxCells.text(row, 6, String.join(", ", f.territories()), st.wrap);
            XlsxCells.text(row, 7, f.message(), st.wrap);
            XlsxCells.text(row, 8, rule == null ? null : rule.grounds(), st.wrap);
            sheet.fit(row);
        }
        if (shown < findings.size()) {
            XlsxCells.text(sheet.row(row(shown)), 0, "… " + (findings.size() - shown)
                    + " more findings are not listed: Excel's row limit. The JSON report has them all.", st.label);
        }
    }

    /** Freezes the header and sets the filter, which the workbook records: after {@link #fill}. */
    void finish() {
        sheet.finish(cx.findingsShown());
    }

    private void clausesCell(Row row, Finding f) {
        Cell cell = XlsxCells.text(row, CLAUSES_COL, String.join(", ", f.clauses()), cx.styles().wrap);
        for (String id : f.clauses()) {
            int pos = cx.clauses().position(id);
            if (pos >= 0) {
                if (pos >= cx.clausesShown()) {
                    return; // its row was cut
                }
                if (links.link(cell, ClausesSheet.NAME, ClausesSheet.row(pos), 0)) {
                    cell.setCellStyle(cx.styles().link);
                }
                return;
            }
        }
    }
}
