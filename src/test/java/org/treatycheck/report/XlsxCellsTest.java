package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxCellsTest {

    @Test
    void textUpToTheCellLimitIsKeptAsIs() {
        String text = "y".repeat(XlsxCells.MAX_TEXT);
        assertSame(text, XlsxCells.fit(text));
        assertNull(XlsxCells.fit(null));
    }

    @Test
    void longerTextIsCutToTheLimitAndSaysHowMuchIsMissing() {
        String text = "y".repeat(XlsxCells.MAX_TEXT + 1);
        String cut = XlsxCells.fit(text);
        assertTrue(cut.length() <= XlsxCells.MAX_TEXT);
        int kept = cut.indexOf('…');
        assertEquals(XlsxCells.cutNote(text.length() - kept), cut.substring(kept));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String text = emoji.repeat(XlsxCells.MAX_TEXT);
        String cut = XlsxCells.fit(text);
        String kept = cut.substring(0, cut.indexOf('…'));
        assertEquals(0, kept.length() % 2);
        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
    }

    @Test
    void linksStopWhenTheBudgetIsSpent() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Cell cell = wb.createSheet("s").createRow(0).createCell(0);
            XlsxLinks links = new XlsxLinks(wb, 3);
            for (int i = 0; i < 3; i++) {
                assertTrue(links.link(cell, "Other", i, 0));
            }
            assertFalse(links.link(cell, "Other", 0, 0));
        }
    }

    @Test
    void linkAddressesQuoteTheSheetName() {
        assertEquals("'Clauses'!A2", XlsxLinks.address("Clauses", 1, 0));
        assertEquals("'It''s'!C10", XlsxLinks.address("It's", 9, 2));
    }
}
