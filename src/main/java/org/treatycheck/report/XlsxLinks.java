package org.treatycheck.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Links from cells to cells of other sheets, for one sheet, up to a budget; past it cells are
 * written without a link.
 *
 * <p>Why a budget: SXSSF streams cells but keeps every hyperlink in memory as an XmlBeans object
 * until the end (about 2 KB and 0.1 ms each, measured: 75,000 links cost 150 MB and 7 s), and
 * Excel itself refuses more than 65,530 per worksheet. Findings come most serious first, so the
 * ones that lose their link are the least serious of a very large run.
 */
final class XlsxLinks {

    /** Excel's limit of hyperlinks per worksheet. */
    static final int EXCEL_MAX_PER_SHEET = 65_530;
    /** The default budget per sheet: ample for a real draft, cheap for a huge run. */
    static final int DEFAULT_PER_SHEET = 10_000;

    private final CreationHelper helper;
    private int left;

    XlsxLinks(Workbook wb, int budget) {
        this.helper = wb.getCreationHelper();
        this.left = Math.min(budget, EXCEL_MAX_PER_SHEET);
    }

    /**
     * Links {@code cell} to the cell at {@code row}, {@code col} (from 0) of {@code sheet}.
     *
     * @return false when the budget is spent and no link was made
     */
    boolean link(Cell cell, String sheet, int row, int col) {
        if (left == 0) {
            return false;
        }
        left--;
        Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(address(sheet, row, col));
        cell.setHyperlink(h);
        return true;
    }

    /** 'Sheet'!A2 */
    static String address(String sheet, int row, int col) {
        return "'" + sheet.replace("'", "''") + "'!" + new CellReference(row, col).formatAsString();
    }
}
