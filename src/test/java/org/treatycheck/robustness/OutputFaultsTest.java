package org.treatycheck.robustness;

import org.treatycheck.testing.Cli;
import org.treatycheck.testing.SampleDrafts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where reports cannot be written, through the command line: exit 2 with a message that names the
 * place, no stack trace, nothing half-written, an earlier report left as it was, the draft
 * untouched. (Tests run as root here, so a file in the way stands in for a folder without write
 * permission; a disk filling up mid-write is {@link DiskFullTest}.)
 */
class OutputFaultsTest {

    static final String DRAFT = SampleDrafts.oneForceLimit("output-faults");

    @TempDir
    Path dir;

    private Path draft;
    private Path rules;

    @BeforeEach
    void setUp() throws Exception {
        draft = Files.writeString(dir.resolve("draft.yaml"), DRAFT);
        rules = Cli.quietRules(dir.resolve("rules"));
    }

    private Cli check(Path output, String... formats) {
        return Cli.run("check", draft.toString(), "-o", output.toString(), "--rules", rules.toString(),
                "--format", formats.length == 0 ? "xlsx" : String.join(",", formats));
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsACleanError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "a file where a folder should be");
        Path output = file.resolve("reports");
        Cli r = check(output, "xlsx", "json");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(draft + ": cannot write the report to " + output + ": Not a directory"), r.err());
        r.assertNoStackTrace();
        assertEquals("a file where a folder should be", Files.readString(file));
        assertEquals(List.of("a-file", "draft.yaml", "rules/quiet.drl"), Cli.filesUnder(dir), "nothing else written anywhere");
        assertEquals(DRAFT, Files.readString(draft));
    }

    @Test
    void aFolderInThePlaceOfTheReportIsACleanErrorAndLeftAsItWas() throws Exception {
        Path output = dir.resolve("reports");
        Path inTheWay = Files.createDirectories(output.resolve("output-faults.xlsx"));
        Files.writeString(inTheWay.resolve("keep.txt"), "kept");
        Cli r = check(output);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith(draft + ": cannot write the report to " + output + ": "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        r.assertNoStackTrace();
        assertEquals(List.of("output-faults.xlsx/keep.txt"), Cli.filesUnder(output), "no temporary file, the folder untouched");
    }

    @Test
    void anEarlierReportStaysIntactWhenTheDraftNoLongerLoads() throws Exception {
        Path output = dir.resolve("reports");
        assertEquals(0, check(output, "xlsx", "json").code());
        byte[] xlsx = Files.readAllBytes(output.resolve("output-faults.xlsx"));
        byte[] json = Files.readAllBytes(output.resolve("output-faults.json"));

        Files.writeString(draft, DRAFT.replace("party: UA", "party: RU"));
        Cli r = check(output, "xlsx", "json");

        assertEquals(2, r.code(), r.err());
        r.assertNoStackTrace();
        assertArrayEquals(xlsx, Files.readAllBytes(output.resolve("output-faults.xlsx")));
        assertArrayEquals(json, Files.readAllBytes(output.resolve("output-faults.json")));
        assertEquals(List.of("output-faults.json", "output-faults.xlsx"), Cli.filesUnder(output));
    }

    @Test
    void aReportIsNeverWrittenOverTheDraft() throws Exception {
        // A draft named explicitly, whose report would get its very name: clash.json holding treaty clash.
        String text = DRAFT.replace("output-faults", "clash");
        Path named = Files.writeString(dir.resolve("clash.json"), text);
        Cli r = Cli.run("check", named.toString(), "-o", dir.toString(), "--rules", rules.toString(), "--format", "json");
        assertEquals(text, Files.readString(named), "the input is never overwritten");
        assertEquals(2, r.code(), r.out() + r.err());
        r.assertNoStackTrace();
    }
}
