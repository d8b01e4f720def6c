package org.treatycheck.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writing cells safely: user text only ever as string cells, cut to Excel's limit. */
final class XlsxCells {

    /** Excel's limit on the characters of one cell (32,767). */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxCells() {
    }

    /**
     * The text as it fits in one cell: unchanged up to {@link #MAX_TEXT} characters, otherwise cut
     * and ended with "… [cut: N characters more]" so a reader knows text is missing.
     */
    static String fit(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        // The note's length is computed with the whole length as N: the real N is smaller, so the
        // result never exceeds the limit.
        int keep = MAX_TEXT - cutNote(text.length()).length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never split a character outside the BMP in two
        }
        return text.substring(0, keep) + cutNote(text.length() - keep);
    }

    static String cutNote(int more) {
        return "… [cut: " + more + " characters more]";
    }

    /**
     * A string cell (blank when {@code value} is null). setCellValue(String) never makes a formula,
     * so text beginning with '=', '+', '-' or '@' stays text.
     */
    static Cell text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col, value == null ? CellType.BLANK : CellType.STRING);
        if (value != null) {
            cell.setCellValue(fit(value));
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** A numeric cell. */
    static Cell number(Row row, int col, long value, CellStyle style) {
        Cell cell = row.createCell(col, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** Prints landscape, one page wide, the header row repeated: a report is also read on paper. */
    static void printable(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
    }
}
