package org.treatycheck.report;

import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.treatycheck.model.RuleInfo;

/**
 * What every sheet writer of one workbook shares.
 *
 * @param workbook the workbook the sheets are written to: streamed for a report, in memory for the
 *                 warm-up
 * @param xssf     the XSSF workbook under it (the same one when not streamed), for what only XSSF
 *                 offers: the chart, the document properties
 */
record XlsxContext(Workbook workbook, XSSFWorkbook xssf, XlsxStyles styles, TreatyReport report, ClauseIndex clauses,
        Map<String, RuleInfo> rules, XlsxLimits limits) {

    static XlsxContext of(Workbook wb, XSSFWorkbook xssf, TreatyReport report, XlsxLimits limits) {
        return new XlsxContext(wb, xssf, new XlsxStyles(wb), report, ClauseIndex.of(report), report.rulesById(), limits);
    }

    /** A fresh link budget for one sheet. */
    XlsxLinks links() {
        return new XlsxLinks(workbook, limits.linksPerSheet());
    }

    /** True when some Findings or Clauses rows will lack their link for want of budget. */
    boolean linksCut() {
        int budget = limits.linksPerSheet();
        return clauses.linkableFindings() > budget || clauses.namedCount() > budget;
    }

    /** Findings listed in the Findings sheet: all of them unless Excel's row limit is reached. */
    int findingsShown() {
        return limits.shown(report.findings().size());
    }

    /** Clauses listed in the Clauses sheet. */
    int clausesShown() {
        return limits.shown(clauses.clauses().size());
    }
}
