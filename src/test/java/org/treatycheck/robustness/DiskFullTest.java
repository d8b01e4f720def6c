package org.treatycheck.robustness;

import org.treatycheck.testing.Cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;
import org.treatycheck.report.AtomicFiles;
import org.treatycheck.report.IndexEntry;
import org.treatycheck.report.IndexRenderer;
import org.treatycheck.report.ReportFormat;
import org.treatycheck.report.RunInfo;
import org.treatycheck.report.TreatyReport;

/**
 * The disk fills while a report is written: each real renderer writes into a stream that fails
 * with "No space left on device" after some bytes. The failure must reach the caller as an
 * {@link IOException} or {@link UncheckedIOException} (what {@code check} reports as "cannot write
 * the report", exit 2), the report from an earlier run must stay as it was, and no temporary file
 * may be left behind. A renderer that swallowed the failure would put a truncated report in place.
 */
class DiskFullTest {

    private static TreatyReport report;

    @TempDir
    Path dir;

    @BeforeAll
    static void report() throws Exception {
        Treaty treaty = TreatyLoader.load(Path.of("treaties/minsk-ii-2015.yaml"));
        RuleBase rules = RuleBase.load(Path.of("rules"));
        CheckResult result = rules.check(treaty);
        report = new TreatyReport(treaty, result.findings(), List.copyOf(rules.rules().values()),
                new RunInfo("0.0.0", rules.fingerprint(), Instant.parse("2026-11-22T00:00:00Z")));
        assertTrue(!result.findings().isEmpty(), "the draft has findings, so every sheet has rows");
    }

    /** Passes {@code room} bytes through, then fails as a full disk does. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                out.write(b, off, (int) room);
                room = 0;
                throw new IOException("No space left on device");
            }
            out.write(b, off, len);
            room -= len;
        }
    }

    @ParameterizedTest(name = "{0} report, disk full after {1} bytes")
    @CsvSource({"XLSX, 0", "XLSX, 3000", "XLSX, 9000", "JSON, 0", "JSON, 1500", "TEXT, 0", "TEXT, 700"})
    void aDiskThatFillsWhileAReportIsWrittenLeavesTheEarlierReportAndNoTemporaryFile(ReportFormat format, long room)
            throws Exception {
        var renderer = format.renderer(false);
        Path target = dir.resolve(report.treaty().id() + "." + renderer.extension());
        AtomicFiles.write(target, renderer, report);
        byte[] earlier = Files.readAllBytes(target);
        assertTrue(earlier.length > room, "the disk fills before the report is complete");

        Exception e = assertThrows(Exception.class,
                () -> AtomicFiles.write(target, out -> renderer.write(report, new FullDisk(out, room))));

        assertTrue(e instanceof IOException || e instanceof UncheckedIOException,
                "the failure surfaces as an I/O error that check reports cleanly, not as " + e);
        assertTrue(messages(e).contains("No space left on device"), messages(e));
        assertArrayEquals(earlier, Files.readAllBytes(target), "the earlier report is intact");
        assertEquals(List.of(target.getFileName().toString()), Cli.filesUnder(dir), "no temporary file is left");
    }

    @ParameterizedTest(name = "index, disk full after {0} bytes")
    @CsvSource({"0", "4000"})
    void aDiskThatFillsWhileTheIndexIsWrittenLeavesTheEarlierIndex(long room) throws Exception {
        List<IndexEntry> entries = List.of(IndexEntry.checked("treaties/minsk-ii-2015.yaml", report, "minsk.xlsx"),
                IndexEntry.failed("treaties/bad.yaml", List.of("treaties/bad.yaml:1:1: the file is empty")));
        Path target = dir.resolve(IndexRenderer.FILE_NAME);
        AtomicFiles.write(target, out -> IndexRenderer.write(entries, report.run(), out));
        byte[] earlier = Files.readAllBytes(target);

        Exception e = assertThrows(Exception.class,
                () -> AtomicFiles.write(target, out -> IndexRenderer.write(entries, report.run(), new FullDisk(out, room))));

        assertTrue(e instanceof IOException || e instanceof UncheckedIOException, "an I/O error, not " + e);
        assertArrayEquals(earlier, Files.readAllBytes(target));
        assertEquals(List.of(IndexRenderer.FILE_NAME), Cli.filesUnder(dir));
    }

    private static String messages(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c).append('\n');
        }
        return s.toString();
    }
}
