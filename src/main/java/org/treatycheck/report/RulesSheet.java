package org.treatycheck.report;

import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.treatycheck.model.RuleInfo;

/** The rule catalog used and how often each rule fired in this report. */
final class RulesSheet {

    static final String NAME = "Rules";
    static final String[] HEADERS = {"Rule", "Severity", "Kind", "Title", "Detects", "Grounds", "Source", "Fired"};
    private static final int[] WIDTHS = {30, 11, 13, 40, 60, 60, 30, 8};

    private RulesSheet() {
    }

    static void write(XlsxContext cx) {
        XlsxStyles st = cx.styles();
        ListSheet sheet = ListSheet.create(cx.workbook(), NAME, HEADERS, WIDTHS, st.header);
        int r = 0;
        for (Map.Entry<String, Integer> fired : cx.report().firedCounts().entrySet()) {
            RuleInfo rule = cx.rules().get(fired.getKey());
            Row row = sheet.row(++r);
            XlsxCells.text(row, 0, fired.getKey(), st.text);
            if (rule == null) {
                XlsxCells.text(row, 3, "(not in the rule catalog)", st.wrap);
            } else {
                XlsxCells.text(row, 1, rule.severity().name(), st.severity(rule.severity()));
                XlsxCells.text(row, 2, rule.kind().name().toLowerCase(Locale.ROOT), st.text);
                XlsxCells.text(row, 3, rule.title(), st.wrap);
                XlsxCells.text(row, 4, rule.detects(), st.wrap);
                XlsxCells.text(row, 5, rule.grounds(), st.wrap);
                XlsxCells.text(row, 6, rule.source(), st.text);
            }
            XlsxCells.number(row, 7, fired.getValue(), st.text);
            sheet.fit(row);
        }
        sheet.finish(r);
    }
}
