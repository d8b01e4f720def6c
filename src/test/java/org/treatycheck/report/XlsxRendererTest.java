package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.model.FindingKind.CONFLICT;
import static org.treatycheck.model.FindingKind.GAP;
import static org.treatycheck.model.Severity.CRITICAL;
import static org.treatycheck.model.Severity.HIGH;
import static org.treatycheck.model.Severity.LOW;
import static org.treatycheck.model.Severity.MEDIUM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatycheck.model.Severity;

class XlsxRendererTest {

    @TempDir
    Path dir;

    private final List<XSSFWorkbook> opened = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (XSSFWorkbook wb : opened) {
            wb.close();
        }
    }

    /** A small report: four clauses, three findings, most serious first. */
    private static TreatyReport sample() {
        return ReportFixture.report()
                .clause("1", "Ceasefire", "The parties cease fire.")
                .clause("2", "Elections", "Elections are held within 100 days.")
                .clause("3", "Neutrality", "Ukraine shall not join NATO.")
                .clause("4", "Guarantee", "The guarantors defend Ukraine.")
                .finding(HIGH, CONFLICT, "neutrality-vs-guarantee", "Clause 3 contradicts clause 4.", "3", "4")
                .finding(MEDIUM, GAP, "elections-under-martial-law", "Elections before martial law ends.", "2")
                .finding(LOW, CONFLICT, "ceasefire-line", "Ceasefire line is undefined.", "1", "3")
                .build();
    }

    private XSSFWorkbook render(TreatyReport report) throws IOException {
        return render(report, new XlsxRenderer());
    }

    private XSSFWorkbook render(TreatyReport report, XlsxRenderer renderer) throws IOException {
        Path file = dir.resolve("report-" + opened.size() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.write(report, out);
        }
        XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file));
        opened.add(wb);
        return wb;
    }

    private static List<String> rowText(Row row) {
        return rowText(row, row.getLastCellNum());
    }

    /** The first {@code width} cells as shown, "" for a missing cell. */
    private static List<String> rowText(Row row, int width) {
        DataFormatter fmt = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add(fmt.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    /** The Summary's label (column A) to value (column B). */
    private static Map<String, String> summary(XSSFWorkbook wb) {
        DataFormatter fmt = new DataFormatter();
        Map<String, String> values = new HashMap<>();
        for (Row row : wb.getSheet("Summary")) {
            values.put(fmt.formatCellValue(row.getCell(0)), fmt.formatCellValue(row.getCell(1)));
        }
        return values;
    }

    private static String fillHex(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex();
    }

    @Test
    void temporaryFilesAreCompressedOnlyWhenTheyWouldTakeHundredsOfMegabytes() {
        assertFalse(StreamingWorkbook.compresses(XlsxRenderer.rows(sample())));
        int justOver = (int) StreamingWorkbook.COMPRESS_ABOVE_ROWS - 10 + 1;
        assertFalse(StreamingWorkbook.compresses(XlsxRenderer.rows(ReportFixture.report().clauses(10).findings(justOver - 1).build())));
        assertTrue(StreamingWorkbook.compresses(XlsxRenderer.rows(ReportFixture.report().clauses(10).findings(justOver).build())));
    }

    @Test
    void theWarmUpWritesTheReportsSheetsWithoutTouchingAnyFile() throws IOException {
        // A process may exit while the warm-up runs: it must create no temporary file, where a
        // streamed report creates one per sheet.
        RecordingTempFiles temp = new RecordingTempFiles();
        ByteArrayOutputStream warmUp = new ByteArrayOutputStream();
        TempFile.withStrategy(temp, () -> {
            try {
                XlsxRenderer.writeWarmUp(warmUp);
                assertEquals(0, temp.created);
                new XlsxRenderer().write(sample(), OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        assertTrue(temp.created > 0, "the recording sees a streamed report's temporary files");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(warmUp.toByteArray()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Summary", "Findings", "Clauses", "Matrix", "Rules"), names);
            assertEquals("warm-up", wb.getSheet("Findings").getRow(1).getCell(2).getStringCellValue());
        }
    }

    /** POI's default temporary files, counted. */
    private static final class RecordingTempFiles implements TempFileCreationStrategy {
        private final TempFileCreationStrategy files = new DefaultTempFileCreationStrategy();
        private int created;

        @Override
        public java.io.File createTempFile(String prefix, String suffix) throws IOException {
            created++;
            return files.createTempFile(prefix, suffix);
        }

        @Override
        public java.io.File createTempDirectory(String prefix) throws IOException {
            created++;
            return files.createTempDirectory(prefix);
        }
    }

    @Test
    void hasTheSheetsSummaryFindingsClausesMatrixRulesInThatOrder() throws IOException {
        XSSFWorkbook wb = render(sample());
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Findings", "Clauses", "Matrix", "Rules"), names);
    }

    @Test
    void findingsSheetHasTheHeaderColumnsAndOneRowPerFindingInOrder() throws IOException {
        Sheet findings = render(sample()).getSheet("Findings");
        assertEquals(List.of("Severity", "Kind", "Rule", "Title", "Clauses", "Actors", "Territories", "Message", "Grounds"),
                rowText(findings.getRow(0)));
        assertEquals(List.of("HIGH", "conflict", "neutrality-vs-guarantee", "Title of neutrality-vs-guarantee", "3, 4",
                "UA, RU", "Crimea", "Clause 3 contradicts clause 4.", "Grounds of neutrality-vs-guarantee"),
                rowText(findings.getRow(1)));
        assertEquals("elections-under-martial-law", findings.getRow(2).getCell(2).getStringCellValue());
        assertEquals("ceasefire-line", findings.getRow(3).getCell(2).getStringCellValue());
        assertEquals(3, findings.getLastRowNum());
    }

    @Test
    void clausesCellLinksToTheFirstNamedClauseInTheClausesSheet() throws IOException {
        XSSFWorkbook wb = render(sample());
        XSSFSheet findings = wb.getSheet("Findings");
        // clause "3" is the third clause: row 4 of the Clauses sheet, under its header
        assertEquals("'Clauses'!A4", findings.getRow(1).getCell(4).getHyperlink().getAddress());
        assertEquals("'Clauses'!A3", findings.getRow(2).getCell(4).getHyperlink().getAddress());
        assertEquals("'Clauses'!A2", findings.getRow(3).getCell(4).getHyperlink().getAddress());
        assertEquals("3", wb.getSheet("Clauses").getRow(3).getCell(0).getStringCellValue());
    }

    @Test
    void pastTheLinkBudgetRowsHaveNoLinkAndTheSummarySaysSo() throws IOException {
        TreatyReport report = ReportFixture.report().clauses(10).findings(5).build();
        XSSFWorkbook wb = render(report, new XlsxRenderer(new XlsxLimits(3, 1_048_576)));
        XSSFSheet findings = wb.getSheet("Findings");
        assertNotNull(findings.getRow(3).getCell(4).getHyperlink());
        assertNull(findings.getRow(4).getCell(4).getHyperlink());
        assertEquals("4, 7", findings.getRow(4).getCell(4).getStringCellValue());
        assertTrue(summary(wb).get("Note").contains("stop after 3 rows"), summary(wb).get("Note"));

        assertNull(summary(render(report)).get("Note"));
    }

    @Test
    void pastExcelsRowLimitASheetEndsWithANoteOfWhatItLeavesOut() throws IOException {
        TreatyReport report = ReportFixture.report().clauses(10).findings(5).build();
        XSSFWorkbook wb = render(report, new XlsxRenderer(new XlsxLimits(100, 4)));
        XSSFSheet findings = wb.getSheet("Findings");
        assertEquals(3, findings.getLastRowNum());
        assertTrue(findings.getRow(3).getCell(0).getStringCellValue().startsWith("… 3 more findings are not listed"));
        XSSFSheet clauses = wb.getSheet("Clauses");
        assertEquals(3, clauses.getLastRowNum());
        assertTrue(clauses.getRow(3).getCell(0).getStringCellValue().startsWith("… 8 more clauses are not listed"));
        // finding 0 names clauses 1 and 4: clause 1 is listed; finding 1 names 2 and 5: 2 is listed
        assertEquals("'Clauses'!A2", findings.getRow(1).getCell(4).getHyperlink().getAddress());
        assertTrue(summary(wb).get("Note").contains("first 2 of 5 findings"), summary(wb).get("Note"));
    }

    @Test
    void clausesSheetCountsFindingsShowsWorstSeverityAndLinksBackToTheFirstFinding() throws IOException {
        XSSFSheet clauses = render(sample()).getSheet("Clauses");
        assertEquals(List.of("Clause", "Title", "Type", "Text", "Findings", "Worst severity", "First finding", "Parties"),
                rowText(clauses.getRow(0)));
        Row third = clauses.getRow(3);
        assertEquals(List.of("3", "Neutrality", "obligation", "Ukraine shall not join NATO.", "2", "HIGH",
                "neutrality-vs-guarantee", "UA"), rowText(third));
        assertEquals("'Findings'!A2", third.getCell(6).getHyperlink().getAddress());
        assertEquals("'Findings'!A4", clauses.getRow(1).getCell(6).getHyperlink().getAddress());
    }

    @Test
    void aClauseNoFindingNamesHasNoCountNorLink() throws IOException {
        TreatyReport report = ReportFixture.report().clauses(2)
                .finding(HIGH, CONFLICT, "r", "m", "1").build();
        Row second = render(report).getSheet("Clauses").getRow(2);
        assertEquals(0, second.getCell(4).getNumericCellValue());
        assertNull(second.getCell(6));
    }

    @Test
    void listSheetsHaveAFrozenHeaderRowAndAnAutofilter() throws IOException {
        XSSFWorkbook wb = render(sample());
        for (String name : List.of("Findings", "Clauses", "Rules")) {
            XSSFSheet sheet = wb.getSheet(name);
            assertTrue(sheet.getPaneInformation().isFreezePane(), name);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name);
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name);
        }
        assertEquals("A1:I4", wb.getSheet("Findings").getCTWorksheet().getAutoFilter().getRef());
    }

    @Test
    void findingsHaveFixedColumnWidthsAndWrappedMessageAndGrounds() throws IOException {
        XSSFSheet findings = render(sample()).getSheet("Findings");
        assertEquals(80 * 256, findings.getColumnWidth(7));
        assertTrue(findings.getRow(1).getCell(7).getCellStyle().getWrapText(), "message");
        assertTrue(findings.getRow(1).getCell(8).getCellStyle().getWrapText(), "grounds");
    }

    @Test
    void severityIsShownByFillColour() throws IOException {
        TreatyReport report = ReportFixture.report().clauses(1)
                .finding(CRITICAL, CONFLICT, "a", "m", "1")
                .finding(HIGH, CONFLICT, "b", "m", "1")
                .finding(MEDIUM, CONFLICT, "c", "m", "1")
                .finding(LOW, CONFLICT, "d", "m", "1")
                .finding(Severity.INFO, CONFLICT, "e", "m", "1")
                .build();
        XSSFSheet findings = render(report).getSheet("Findings");
        for (Severity s : Severity.values()) {
            XSSFCell cell = findings.getRow(s.ordinal() + 1).getCell(0);
            assertEquals(s.name(), cell.getStringCellValue());
            assertEquals("FF" + SeverityColours.hex(s), fillHex(cell));
        }
    }

    @Test
    void userTextStartingWithFormulaCharactersStaysAString() throws IOException {
        List<String> texts = List.of("=1+1", "+SUM(A1:A9)", "-2", "@cmd|' /C calc'!A0");
        ReportFixture fixture = ReportFixture.report();
        for (int i = 0; i < texts.size(); i++) {
            fixture.clause("c" + i, texts.get(i), texts.get(i));
        }
        fixture.finding(HIGH, CONFLICT, "r", "=HYPERLINK(\"http://x\")", "c0");
        XSSFWorkbook wb = render(fixture.build());
        Sheet clauses = wb.getSheet("Clauses");
        for (int i = 0; i < texts.size(); i++) {
            for (int col : new int[] {1, 3}) {
                Cell cell = clauses.getRow(i + 1).getCell(col);
                assertEquals(CellType.STRING, cell.getCellType(), texts.get(i));
                assertEquals(texts.get(i), cell.getStringCellValue());
            }
        }
        Cell message = wb.getSheet("Findings").getRow(1).getCell(7);
        assertEquals(CellType.STRING, message.getCellType());
        assertEquals("=HYPERLINK(\"http://x\")", message.getStringCellValue());
    }

    @Test
    void textLongerThanTheExcelCellLimitIsCutWithAVisibleNote() throws IOException {
        String text = "x".repeat(40_000);
        TreatyReport report = ReportFixture.report().clause("1", text).build();
        String cell = render(report).getSheet("Clauses").getRow(1).getCell(3).getStringCellValue();
        assertTrue(cell.length() <= 32_767);
        int kept = cell.indexOf('…');
        assertEquals("x".repeat(kept), cell.substring(0, kept));
        assertEquals("… [cut: " + (40_000 - kept) + " characters more]", cell.substring(kept));
    }

    @Test
    void cellStylesAreCreatedOncePerWorkbookNotPerRow() throws IOException {
        int few = render(ReportFixture.report().clauses(10).findings(10).build()).getNumCellStyles();
        int many = render(ReportFixture.report().clauses(10).findings(1000).build()).getNumCellStyles();
        assertEquals(few, many);
        assertTrue(few < 20, "styles: " + few);
    }

    @Test
    void matrixShowsNamedClausesInDocumentOrderWithTheWorstSeverityOfFindingsNamingBoth() throws IOException {
        Sheet matrix = render(sample()).getSheet("Matrix");
        assertEquals(List.of("Clause", "1", "2", "3", "4"), rowText(matrix.getRow(0)));
        assertEquals(List.of("1", "LOW", "", "LOW", ""), rowText(matrix.getRow(1), 5));
        assertEquals(List.of("2", "", "MEDIUM", "", ""), rowText(matrix.getRow(2), 5));
        assertEquals(List.of("3", "LOW", "", "HIGH", "HIGH"), rowText(matrix.getRow(3), 5));
        assertEquals(List.of("4", "", "", "HIGH", "HIGH"), rowText(matrix.getRow(4), 5));
        assertEquals("FF" + SeverityColours.hex(HIGH), fillHex(matrix.getRow(3).getCell(4)));
    }

    @Test
    void matrixLeavesOutClausesNoFindingNames() throws IOException {
        TreatyReport report = ReportFixture.report().clauses(5)
                .finding(HIGH, CONFLICT, "r", "m", "2", "5").build();
        Sheet matrix = render(report).getSheet("Matrix");
        assertEquals(List.of("Clause", "2", "5"), rowText(matrix.getRow(0)));
        assertEquals(List.of("5", "HIGH", "HIGH"), rowText(matrix.getRow(2)));
    }

    @Test
    void rulesSheetListsTheCatalogAndHowOftenEachRuleFired() throws IOException {
        TreatyReport report = ReportFixture.report().clauses(2)
                .rule(ReportFixture.ruleInfo("silent-rule", LOW, GAP))
                .finding(HIGH, CONFLICT, "loud-rule", "m1", "1")
                .finding(HIGH, CONFLICT, "loud-rule", "m2", "2")
                .build();
        Sheet rules = render(report).getSheet("Rules");
        assertEquals(List.of("Rule", "Severity", "Kind", "Title", "Detects", "Grounds", "Source", "Fired"),
                rowText(rules.getRow(0)));
        assertEquals(List.of("silent-rule", "LOW", "gap", "Title of silent-rule", "What silent-rule detects",
                "Grounds of silent-rule", "rules/silent-rule.drl", "0"), rowText(rules.getRow(1)));
        assertEquals("loud-rule", rules.getRow(2).getCell(0).getStringCellValue());
        assertEquals(2, rules.getRow(2).getCell(7).getNumericCellValue());
    }

    @Test
    void summaryShowsTreatyMetadataRunFactsAndTheWorstFinding() throws IOException {
        Map<String, String> summary = summary(render(sample()));
        assertEquals("minsk-3", summary.get("Treaty id"));
        assertEquals("Draft Agreement on the Cessation of Hostilities", summary.get("Title"));
        assertEquals("v2", summary.get("Draft"));
        assertEquals("2026-03-01", summary.get("Date"));
        assertEquals("draft", summary.get("Status"));
        assertEquals("Negotiators' text", summary.get("Source"));
        assertEquals("drafts/minsk-3.yaml", summary.get("File"));
        assertEquals("3", summary.get("Total findings"));
        assertEquals("HIGH neutrality-vs-guarantee", summary.get("Worst finding"));
        assertEquals("Clause 3 contradicts clause 4.", summary.get("Worst finding message"));
        assertEquals("0.1.0", summary.get("Tool version"));
        assertEquals("sha256:abc123", summary.get("Rule-set hash"));
        assertEquals("2026-11-22T10:15:30Z", summary.get("Generated at"));
    }

    @Test
    void summaryCountsFindingsBySeverityAndKind() throws IOException {
        Sheet sheet = render(sample()).getSheet("Summary");
        int top = SummarySheet.COUNTS_ROW;
        assertEquals(List.of("Severity", "Conflict", "Consequence", "Gap", "Total"), rowText(sheet.getRow(top)));
        assertEquals(List.of("CRITICAL", "0", "0", "0", "0"), rowText(sheet.getRow(top + 1)));
        assertEquals(List.of("HIGH", "1", "0", "0", "1"), rowText(sheet.getRow(top + 2)));
        assertEquals(List.of("MEDIUM", "0", "0", "1", "1"), rowText(sheet.getRow(top + 3)));
        assertEquals(List.of("LOW", "1", "0", "0", "1"), rowText(sheet.getRow(top + 4)));
        assertEquals(List.of("Total", "2", "0", "1", "3"), rowText(sheet.getRow(top + 6)));
    }

    @Test
    void summaryHasABarChartOfFindingsBySeverity() throws IOException {
        XSSFSheet sheet = render(sample()).getSheet("Summary");
        assertNotNull(sheet.getDrawingPatriarch());
        assertEquals(1, sheet.getDrawingPatriarch().getCharts().size());
        assertEquals("Findings by severity",
                sheet.getDrawingPatriarch().getCharts().get(0).getTitleText().getString());
    }

    @Test
    void anEmptyReportStillHasEverySheet() throws IOException {
        XSSFWorkbook wb = render(ReportFixture.report().undated().build());
        assertEquals(5, wb.getNumberOfSheets());
        assertEquals(0, wb.getSheet("Findings").getLastRowNum());
        Map<String, String> summary = summary(wb);
        assertEquals("none", summary.get("Worst finding"));
        assertEquals("", summary.get("Date"));
    }

    @Test
    void sameInputGivesTheSameCellContents() throws IOException {
        assertEquals(allCells(render(sample())), allCells(render(sample())));
    }

    @Test
    void sheetsFilledAtOnceGiveTheSameWorkbookAsSheetsFilledInTurn() throws IOException {
        // Past the row window (so rows are streamed), with links, long wrapped text and every severity.
        ReportFixture fixture = ReportFixture.report().clauses(10);
        for (int i = 11; i <= 400; i++) {
            fixture.clause(Integer.toString(i), "Article " + i + " reads: " + "the parties shall ".repeat(i % 40));
        }
        TreatyReport report = fixture.findings(1_500).build();
        List<Thread> sheetThreads = new ArrayList<>();
        java.util.concurrent.ThreadFactory threads = r -> {
            Thread t = new Thread(r, "test-clauses-sheet");
            sheetThreads.add(t);
            return t;
        };
        XSSFWorkbook inTurn = render(report, new XlsxRenderer(XlsxLimits.DEFAULT, Long.MAX_VALUE, threads));
        assertEquals(List.of(), sheetThreads, "below the size, one thread fills every sheet");
        XSSFWorkbook atOnce = render(report, new XlsxRenderer(XlsxLimits.DEFAULT, 0, threads));
        assertEquals(1, sheetThreads.size(), "from the size, a second thread fills the Clauses sheet");
        assertEquals(1_500, atOnce.getSheet("Findings").getLastRowNum());
        assertEquals(layout(inTurn), layout(atOnce));
        assertEquals(allCells(inTurn), allCells(atOnce));
    }

    /** Per row of every sheet: its height and each cell's style; then the sheet's links. */
    private static List<String> layout(XSSFWorkbook wb) {
        List<String> all = new ArrayList<>();
        for (Sheet sheet : wb) {
            all.add(sheet.getSheetName() + " filter " + ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter()
                    + " frozen " + sheet.getPaneInformation());
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder(sheet.getSheetName() + "!" + row.getRowNum() + " " + row.getHeight());
                for (Cell cell : row) {
                    line.append(" | ").append(cell.getCellStyle().getIndex());
                }
                all.add(line.toString());
            }
            for (var link : ((XSSFSheet) sheet).getHyperlinkList()) {
                all.add(sheet.getSheetName() + "!" + link.getCellRef() + " -> " + link.getAddress());
            }
        }
        return all;
    }

    @Test
    void documentCreationDateComesFromTheRunNotTheClock() throws IOException {
        XSSFWorkbook wb = render(sample());
        assertEquals(ReportFixture.GENERATED_AT,
                wb.getProperties().getCoreProperties().getCreated().toInstant());
    }

    private static List<String> allCells(XSSFWorkbook wb) {
        List<String> all = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                all.add(sheet.getSheetName() + "!" + row.getRowNum() + " " + rowText(row));
            }
        }
        assertFalse(all.isEmpty());
        return all;
    }
}
