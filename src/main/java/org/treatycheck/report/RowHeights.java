package org.treatycheck.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Makes rows tall enough for their wrapped text. Excel and LibreOffice do not reliably grow rows
 * written by a streaming writer, so the height is estimated: about 1.4 characters of text per unit
 * of column width (which counts the widest digit), per paragraph.
 *
 * <p>Column widths and which styles wrap are read once, when the sheet's columns are set; fitting
 * a row then reads nothing shared from the workbook (POI's styles are XML objects of the whole
 * workbook), so a sheet can be filled on a thread of its own while another is.
 */
final class RowHeights {

    /** Characters of wrapped text per line, by column. */
    private final int[] perLine;
    /** Whether the cell style of each index wraps its text. */
    private final boolean[] wraps;
    private final float lineHeight;

    private RowHeights(int[] perLine, boolean[] wraps, float lineHeight) {
        this.perLine = perLine;
        this.wraps = wraps;
        this.lineHeight = lineHeight;
    }

    /**
     * For a sheet whose first {@code columns} columns have their widths and whose workbook has all
     * its styles.
     */
    static RowHeights of(Sheet sheet, int columns) {
        int[] perLine = new int[columns];
        for (int c = 0; c < columns; c++) {
            perLine[c] = Math.max(1, sheet.getColumnWidth(c) / 256 * 7 / 5);
        }
        Workbook wb = sheet.getWorkbook();
        boolean[] wraps = new boolean[wb.getNumCellStyles()];
        for (int i = 0; i < wraps.length; i++) {
            wraps[i] = wb.getCellStyleAt(i).getWrapText();
        }
        return new RowHeights(perLine, wraps, sheet.getDefaultRowHeightInPoints());
    }

    /**
     * Sets the row's height to fit the longest wrapped text in it; a row of one line keeps the
     * default height.
     *
     * @throws IllegalStateException for a cell outside the columns or with a style made afterwards
     */
    void fit(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            int style = Short.toUnsignedInt(cell.getCellStyle().getIndex());
            int column = cell.getColumnIndex();
            if (style >= wraps.length || column >= perLine.length) {
                throw new IllegalStateException("cell " + row.getRowNum() + ":" + column + " lies outside the "
                        + perLine.length + " columns or has a style made after them");
            }
            if (!wraps[style]) {
                continue;
            }
            int cellLines = 0;
            for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (paragraph.length() + perLine[column] - 1) / perLine[column]);
            }
            lines = Math.max(lines, cellLines);
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409f, lines * lineHeight));
        }
    }
}
