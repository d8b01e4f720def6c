package org.treatycheck.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet that lists rows under a header row, as the Findings, Clauses, Rules, index and diff
 * sheets do: printable, its columns as wide as asked, each row as tall as its wrapped text, and once
 * all rows are written, its header frozen and its rows filterable.
 *
 * <p>Between {@link #create} and {@link #finish}, writing rows touches only this sheet (see
 * {@link RowHeights}), so that two list sheets of one workbook can be filled at once.
 */
final class ListSheet {

    private final Sheet sheet;
    private final RowHeights heights;
    private final int columns;

    private ListSheet(Sheet sheet, RowHeights heights, int columns) {
        this.sheet = sheet;
        this.heights = heights;
        this.columns = columns;
    }

    /** Creates sheet {@code name} with its header row; column widths in characters. */
    static ListSheet create(Workbook wb, String name, String[] headers, int[] widths, CellStyle headerStyle) {
        Sheet sheet = wb.createSheet(name);
        XlsxCells.printable(sheet);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            XlsxCells.text(header, i, headers[i], headerStyle);
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        return new ListSheet(sheet, RowHeights.of(sheet, headers.length), headers.length);
    }

    /** A new row {@code r}, from 0 (the header is row 0). */
    Row row(int r) {
        return sheet.createRow(r);
    }

    /** Makes the row as tall as its wrapped text. */
    void fit(Row row) {
        heights.fit(row);
    }

    /**
     * Keeps the header row in view and lets rows 0 to {@code lastRow} be filtered and sorted; the
     * filter is a name the workbook records, so this runs on the workbook's thread.
     */
    void finish(int lastRow) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, columns - 1));
    }
}
