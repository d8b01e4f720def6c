package org.treatycheck.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;

/**
 * Clause by clause: each cell the worst severity of the findings naming both clauses (the diagonal:
 * naming that clause). Only clauses named by a finding are shown, in document order, and at most
 * {@value #MAX_CLAUSES} of them so the sheet stays readable and small.
 */
final class MatrixSheet {

    static final String NAME = "Matrix";
    static final int MAX_CLAUSES = 250;
    private static final int ID_WIDTH = 12;
    private static final int CELL_WIDTH = 10;

    private MatrixSheet() {
    }

    static void write(XlsxContext cx) {
        XlsxStyles st = cx.styles();
        List<String> named = cx.clauses().named();
        List<String> ids = named.subList(0, Math.min(named.size(), MAX_CLAUSES));
        Severity[][] cells = worstPairs(cx.report().findings(), ids);

        Sheet sheet = cx.workbook().createSheet(NAME);
        XlsxCells.printable(sheet);
        sheet.setColumnWidth(0, ID_WIDTH * 256);
        Row header = sheet.createRow(0);
        XlsxCells.text(header, 0, "Clause", st.header);
        for (int c = 0; c < ids.size(); c++) {
            XlsxCells.text(header, c + 1, ids.get(c), st.header);
            sheet.setColumnWidth(c + 1, CELL_WIDTH * 256);
        }
        for (int r = 0; r < ids.size(); r++) {
            Row row = sheet.createRow(r + 1);
            XlsxCells.text(row, 0, ids.get(r), st.header);
            for (int c = 0; c < ids.size(); c++) {
                Severity s = cells[r][c];
                if (s != null) {
                    XlsxCells.text(row, c + 1, s.name(), st.severity(s));
                }
            }
        }
        if (named.size() > ids.size()) {
            Row note = sheet.createRow(ids.size() + 2);
            XlsxCells.text(note, 0, "Only the first " + ids.size() + " of " + named.size()
                    + " clauses named by findings are shown.", st.label);
        }
        sheet.createFreezePane(1, 1);
    }

    private static Severity[][] worstPairs(List<Finding> findings, List<String> ids) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            col.put(ids.get(i), i);
        }
        Severity[][] cells = new Severity[ids.size()][ids.size()];
        for (Finding f : findings) {
            int[] in = f.clauses().stream().map(col::get).filter(i -> i != null).distinct()
                    .mapToInt(Integer::intValue).toArray();
            for (int a : in) {
                for (int b : in) {
                    cells[a][b] = cells[a][b] == null ? f.severity() : Severity.worst(cells[a][b], f.severity());
                }
            }
        }
        return cells;
    }
}
