package org.treatycheck.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.treatycheck.model.Clause;
import org.treatycheck.model.ClauseHeader;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;

/** Every clause in document order, with what the findings say about it and a link to the first one. */
final class ClausesSheet {

    static final String NAME = "Clauses";
    static final String[] HEADERS = {"Clause", "Title", "Type", "Text", "Findings", "Worst severity", "First finding", "Parties"};
    private static final int[] WIDTHS = {10, 30, 20, 80, 10, 15, 30, 24};

    private final XlsxContext cx;
    private final ListSheet sheet;
    private final XlsxLinks links;

    /** Creates the sheet with its header row and column widths. */
    ClausesSheet(XlsxContext cx) {
        this.cx = cx;
        sheet = ListSheet.create(cx.workbook(), NAME, HEADERS, WIDTHS, cx.styles().header);
        links = cx.links();
    }

    /** Row of the clause at document position {@code pos} in this sheet, from 0. */
    static int row(int pos) {
        return pos + 1;
    }

    /** Writes a row per clause; touches no other sheet and nothing shared of the workbook. */
    void fill() {
        XlsxStyles st = cx.styles();
        ClauseIndex index = cx.clauses();
        List<Finding> findings = cx.report().findings();
        List<Clause> clauses = index.clauses();
        int shown = cx.clausesShown();
        for (int pos = 0; pos < shown; pos++) {
            ClauseHeader h = clauses.get(pos).header();
            Row row = sheet.row(row(pos));
            XlsxCells.text(row, 0, h.id(), st.text);
            XlsxCells.text(row, 1, h.title(), st.wrap);
            XlsxCells.text(row, 2, h.type(), st.text);
            XlsxCells.text(row, 3, h.text(), st.wrap);
            XlsxCells.number(row, 4, index.findings(pos), st.text);
            Severity worst = index.worst(pos);
            XlsxCells.text(row, 5, worst == null ? null : worst.name(), worst == null ? st.text : st.severity(worst));
            int first = index.firstFinding(pos);
            if (first >= 0) {
                Cell cell = XlsxCells.text(row, 6, findings.get(first).rule(), st.text);
                if (first < cx.findingsShown() && links.link(cell, FindingsSheet.NAME, FindingsSheet.row(first), 0)) {
                    cell.setCellStyle(st.link);
                }
            }
            XlsxCells.text(row, 7, String.join(", ", ClauseParties.of(clauses.get(pos))), st.wrap);
            sheet.fit(row);
        }
        if (shown < clauses.size()) {
            XlsxCells.text(sheet.row(row(shown)), 0, "… " + (clauses.size() - shown)
                    + " more clauses are not listed: Excel's row limit.", st.label);
        }
    }

    /** Freezes the header and sets the filter, which the workbook records: after {@link #fill}. */
    void finish() {
        sheet.finish(cx.clausesShown());
    }
}
