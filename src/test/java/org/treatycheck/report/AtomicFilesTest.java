package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Writes half a report, then fails. */
    private static final class FailingRenderer implements ReportRenderer {
        private final RuntimeException unchecked;

        FailingRenderer(RuntimeException unchecked) {
            this.unchecked = unchecked;
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(TreatyReport report, OutputStream out) throws IOException {
            out.write("half a rep".getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (unchecked != null) {
                throw unchecked;
            }
            throw new IOException("disk full");
        }
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheReportAndCreatesMissingFolders() throws IOException {
        Path target = dir.resolve("out/nested/minsk-3.txt");
        Path written = AtomicFiles.write(target, new TextRenderer(false), ReportFixture.report().build());
        assertEquals(target.toAbsolutePath(), written);
        assertTrue(Files.readString(target).startsWith("Treaty minsk-3"));
        assertEquals(List.of("minsk-3.txt"), filesIn(target.getParent()));
    }

    @Test
    void replacesAnExistingReport() throws IOException {
        Path target = dir.resolve("r.txt");
        Files.writeString(target, "old report");
        AtomicFiles.write(target, out -> out.write("new report".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new report", Files.readString(target));
    }

    @Test
    void aRendererFailingMidwayLeavesNoTempFileAndThePreviousReportUntouched() throws IOException {
        Path target = dir.resolve("r.txt");
        Files.writeString(target, "old report");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(target, new FailingRenderer(null), ReportFixture.report().build()));
        assertEquals("disk full", e.getMessage());
        assertEquals("old report", Files.readString(target));
        assertEquals(List.of("r.txt"), filesIn(dir));
    }

    @Test
    void anUncheckedFailureIsCleanedUpToo() throws IOException {
        Path target = dir.resolve("r.txt");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target,
                new FailingRenderer(new UncheckedIOException(new IOException("boom"))), ReportFixture.report().build()));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aRendererClosingTheStreamDoesNotBreakTheWrite() throws IOException {
        Path target = dir.resolve("r.txt");
        AtomicFiles.write(target, out -> {
            out.write('x');
            out.close();
        });
        assertEquals("x", Files.readString(target));
    }

    @Test
    void writesAWorkbookThatOpens() throws IOException {
        Path target = dir.resolve("minsk-3.xlsx");
        AtomicFiles.write(target, new XlsxRenderer(), ReportFixture.report().clauses(2).findings(5).build());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals(5, wb.getSheet("Findings").getLastRowNum());
        }
        assertEquals(List.of("minsk-3.xlsx"), filesIn(dir));
    }
}
