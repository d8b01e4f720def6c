package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowHeightsTest {

    /** A column 10 characters wide holds 14 characters of wrapped text per line. */
    private static final int PER_LINE = 14;

    @Test
    void wrappedTextMakesTheRowAsTallAsItsLinesPlainTextDoesNot() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles st = new XlsxStyles(wb);
            Sheet sheet = wb.createSheet();
            XlsxCells.header(sheet, new String[] {"Short", "Long"}, new int[] {10, 10}, st.header);
            RowHeights heights = RowHeights.of(sheet, 2);
            float line = sheet.getDefaultRowHeightInPoints();

            Row wrapped = sheet.createRow(1);
            XlsxCells.text(wrapped, 0, "x", st.text);
            XlsxCells.text(wrapped, 1, "y".repeat(PER_LINE * 2 + 1), st.wrap);
            heights.fit(wrapped);
            assertEquals(3 * line, wrapped.getHeightInPoints());

            Row paragraphs = sheet.createRow(2);
            XlsxCells.text(paragraphs, 1, "one\n\nthree\n" + "z".repeat(PER_LINE + 1), st.wrap);
            heights.fit(paragraphs);
            assertEquals(5 * line, paragraphs.getHeightInPoints());

            Row plain = sheet.createRow(3);
            XlsxCells.text(plain, 0, "y".repeat(PER_LINE * 5), st.text);
            XlsxCells.text(plain, 1, "short", st.wrap);
            heights.fit(plain);
            assertEquals(line, plain.getHeightInPoints());
        }
    }

    @Test
    void aRowCannotGrowPastExcelsTallestRow() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles st = new XlsxStyles(wb);
            Sheet sheet = wb.createSheet();
            XlsxCells.header(sheet, new String[] {"Text"}, new int[] {10}, st.header);
            Row row = sheet.createRow(1);
            XlsxCells.text(row, 0, "w".repeat(PER_LINE * 1_000), st.wrap);
            RowHeights.of(sheet, 1).fit(row);
            assertEquals(409f, row.getHeightInPoints());
        }
    }

    @Test
    void aCellOutsideTheColumnsItWasMadeForIsAnError() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles st = new XlsxStyles(wb);
            Sheet sheet = wb.createSheet();
            XlsxCells.header(sheet, new String[] {"Text"}, new int[] {10}, st.header);
            RowHeights heights = RowHeights.of(sheet, 1);
            Row row = sheet.createRow(1);
            XlsxCells.text(row, 1, "beyond", st.wrap);
            assertThrows(IllegalStateException.class, () -> heights.fit(row));
        }
    }
}
