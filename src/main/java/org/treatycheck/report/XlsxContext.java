package org.treatycheck.report;

import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.treatycheck.model.RuleInfo;

/** What every sheet writer of one workbook shares. */
record XlsxContext(SXSSFWorkbook workbook, XlsxStyles styles, TreatyReport report, ClauseIndex clauses,
        Map<String, RuleInfo> rules) {

    static XlsxContext of(SXSSFWorkbook wb, TreatyReport report) {
        return new XlsxContext(wb, new XlsxStyles(wb), report, ClauseIndex.of(report), report.rulesById());
    }
}
