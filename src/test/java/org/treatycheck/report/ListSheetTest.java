package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A list sheet: a header row, rows as tall as their wrapped text. */
class ListSheetTest {

    /** A column 10 characters wide holds 14 characters of wrapped text per line. */
    private static final int PER_LINE = 14;

    @Test
    void wrappedTextMakesTheRowAsTallAsItsLinesPlainTextDoesNot() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles st = new XlsxStyles(wb);
            ListSheet sheet = ListSheet.create(wb, "List", new String[] {"Short", "Long"}, new int[] {10, 10}, st.header);
            float line = wb.getSheet("List").getDefaultRowHeightInPoints();
            assertEquals(List.of("Short", "Long"), List.of(wb.getSheet("List").getRow(0).getCell(0).getStringCellValue(),
                    wb.getSheet("List").getRow(0).getCell(1).getStringCellValue()));

            Row wrapped = sheet.row(1);
            XlsxCells.text(wrapped, 0, "x", st.text);
            XlsxCells.text(wrapped, 1, "y".repeat(PER_LINE * 2 + 1), st.wrap);
            sheet.fit(wrapped);
            assertEquals(3 * line, wrapped.getHeightInPoints());

            Row paragraphs = sheet.row(2);
            XlsxCells.text(paragraphs, 1, "one\n\nthree\n" + "z".repeat(PER_LINE + 1), st.wrap);
            sheet.fit(paragraphs);
            assertEquals(5 * line, paragraphs.getHeightInPoints());

            Row plain = sheet.row(3);
            XlsxCells.text(plain, 0, "y".repeat(PER_LINE * 5), st.text);
            XlsxCells.text(plain, 1, "short", st.wrap);
            sheet.fit(plain);
            assertEquals(line, plain.getHeightInPoints());
        }
    }

    @Test
    void aRowCannotGrowPastExcelsTallestRow() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles st = new XlsxStyles(wb);
            ListSheet sheet = ListSheet.create(wb, "List", new String[] {"Text"}, new int[] {10}, st.header);
            Row row = sheet.row(1);
            XlsxCells.text(row, 0, "w".repeat(PER_LINE * 1_000), st.wrap);
            sheet.fit(row);
            assertEquals(409f, row.getHeightInPoints());
        }
    }

    @Test
    void aCellOutsideTheColumnsItWasMadeForIsAnError() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles st = new XlsxStyles(wb);
            ListSheet sheet = ListSheet.create(wb, "List", new String[] {"Text"}, new int[] {10}, st.header);
            Row row = sheet.row(1);
            XlsxCells.text(row, 1, "beyond", st.wrap);
            assertThrows(IllegalStateException.class, () -> sheet.fit(row));
        }
    }
}
