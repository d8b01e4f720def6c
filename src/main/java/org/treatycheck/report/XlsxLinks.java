package org.treatycheck.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Links from cells to cells of other sheets, for one sheet. Excel allows 65,530 hyperlinks per
 * worksheet, and SXSSF keeps every hyperlink in memory until the end, so past that budget cells
 * are written without a link.
 */
final class XlsxLinks {

    /** Excel's limit of hyperlinks per worksheet. */
    static final int MAX_PER_SHEET = 65_530;

    private final CreationHelper helper;
    private int left = MAX_PER_SHEET;

    XlsxLinks(Workbook wb) {
        this.helper = wb.getCreationHelper();
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
