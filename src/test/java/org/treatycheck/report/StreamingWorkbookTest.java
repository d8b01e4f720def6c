package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingWorkbookTest {

    @ParameterizedTest(name = "temporary files compressed: {0}")
    @ValueSource(booleans = {false, true})
    void rowsStreamedThroughTemporaryFilesReadBackUnchanged(boolean compressed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StreamingWorkbook wb = new StreamingWorkbook(10, compressed)) {
            Sheet sheet = wb.createSheet("Findings");
            for (int r = 0; r < 500; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Article " + r + " & <" + "é".repeat(r % 7) + ">");
                row.createCell(1).setCellValue(r);
            }
            wb.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = read.getSheet("Findings");
            assertEquals(499, sheet.getLastRowNum());
            for (int r = 0; r < 500; r++) {
                assertEquals("Article " + r + " & <" + "é".repeat(r % 7) + ">", sheet.getRow(r).getCell(0).getStringCellValue());
                assertEquals(r, sheet.getRow(r).getCell(1).getNumericCellValue());
            }
        }
    }
}
