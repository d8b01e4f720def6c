package org.treatycheck.cli;

import org.treatycheck.testing.Cli;
import org.treatycheck.testing.SampleDrafts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treatycheck check}: drafts in, one report per draft out, exit codes as documented. */
class CheckCommandTest {

    static final String DRAFT = SampleDrafts.conflicting("small-draft");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aDraftWithSeriousFindingsExitsOneAndGetsAWorkbookWithTheFindings() throws Exception {
        Path draft = write("small.yaml", DRAFT);
        Path out = dir.resolve("reports");
        Cli r = Cli.run("check", draft.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith(draft + ": "), r.out());
        assertTrue(r.out().contains("1 critical"), r.out());
        Path xlsx = out.resolve("small-draft.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet findings = wb.getSheet("Findings");
            Row header = findings.getRow(0);
            List<String> columns = Stream.iterate(0, i -> i < header.getLastCellNum(), i -> i + 1)
                    .map(i -> header.getCell(i).getStringCellValue()).toList();
            int rule = columns.indexOf("Rule");
            int clauses = columns.indexOf("Clauses");
            assertTrue(rule >= 0 && clauses >= 0, columns.toString());
            boolean found = false;
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                Row row = findings.getRow(i);
                if (row.getCell(rule).getStringCellValue().equals("accession-contradicts-neutrality")) {
                    assertEquals("7, 8", row.getCell(clauses).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the conflict between clauses 7 and 8 is in the workbook");
            assertTrue(wb.getSheet("Summary") != null && wb.getSheet("Clauses") != null);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of("small-draft.xlsx"), left.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path draft = write("small.yaml", DRAFT.replace("  - { id: \"7\", type: non_accession, party: UA, alliance: NATO, entrenchment: constitution }\n", "")
                .replace("automatic: true,", "automatic: false,").replace("trigger: { event: violation, by: RU }",
                        "trigger: { event: violation, by: RU, determined_by: UA }"));
        Cli info = Cli.run("check", draft.toString(), "-o", dir.resolve("r").toString(), "--fail-on", "critical");
        assertEquals(0, info.code(), info.out() + info.err());
        Cli low = Cli.run("check", draft.toString(), "-o", dir.resolve("r").toString(), "--fail-on", "info");
        assertEquals(1, low.code(), low.out() + low.err());
    }

    @Test
    void aMalformedDraftExitsTwoWithPositionsWritesNothingAndIsNotTouched() throws Exception {
        String text = DRAFT.replace("type: non_accession", "type: non_accesion").replace("party: UA, alliance: NATO, automatic",
                "party: UA, alliance: NTO, automatic");
        Path draft = write("bad.yaml", text);
        Path out = dir.resolve("reports");
        byte[] before = Files.readAllBytes(draft);
        Cli r = Cli.run("check", draft.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(draft + ":8:22: unknown clause type 'non_accesion'; did you mean 'non_accession'?"), r.err());
        assertTrue(r.err().contains(draft + ":9:66: 'alliance' in a conditional_accession clause names actor 'NTO'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out.resolve("small-draft.xlsx")));
        assertArrayEquals(before, Files.readAllBytes(draft));
    }

    @Test
    void inAFolderRunABadDraftIsReportedAndTheOthersAreStillChecked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(folder.resolve("a-good.yaml"), DRAFT);
        Files.writeString(folder.resolve("b-bad.yaml"), "format: treatycheck/1\ntreaty: [\n");
        Path out = dir.resolve("reports");
        Cli r = Cli.run("check", folder.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(Files.exists(out.resolve("small-draft.xlsx")));
        assertTrue(r.err().contains("b-bad.yaml:3:1: not valid YAML"), r.err());
        try (InputStream in = Files.newInputStream(out.resolve("index.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet drafts = wb.getSheet("Drafts");
            assertEquals(2, drafts.getLastRowNum(), "one row per draft, the bad one included");
            Row good = drafts.getRow(1);
            Row bad = drafts.getRow(2);
            assertEquals("small-draft", good.getCell(1).getStringCellValue());
            assertEquals("small-draft.xlsx", good.getCell(good.getLastCellNum() - 2).getHyperlink().getAddress());
            assertEquals("not loaded", bad.getCell(3).getStringCellValue());
            assertTrue(bad.getCell(bad.getLastCellNum() - 1).getStringCellValue().contains("b-bad.yaml:3:1: not valid YAML"));
        }
    }

    @Test
    void anUnwritableOutputIsACleanErrorAndAnEarlierReportStaysIntact() throws Exception {
        Path draft = write("small.yaml", DRAFT);
        Path blocked = write("not-a-folder", "a file where the output folder should be");
        Cli r = Cli.run("check", draft.toString(), "-o", blocked.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot write the report"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void jsonAndTextFormatsCanBeAskedFor() throws Exception {
        Path draft = write("small.yaml", DRAFT);
        Path out = dir.resolve("reports");
        Cli r = Cli.run("check", draft.toString(), "-o", out.toString(), "--format", "json,text");
        assertEquals(1, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("small-draft.json")).contains("\"accession-contradicts-neutrality\""));
        assertTrue(r.out().contains("accession-contradicts-neutrality"), r.out());
        assertFalse(Files.exists(out.resolve("small-draft.xlsx")));
    }

    @Test
    void aMissingPathAndABadOptionAreOneLineUsageErrors() {
        Cli missing = Cli.run("check", "no/such/draft.yaml");
        assertEquals(2, missing.code());
        assertEquals("no/such/draft.yaml: no such file or folder", missing.err().strip());
        Cli bad = Cli.run("check", "--fail-on", "severe");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void aRuleFileThatDoesNotCompileIsReportedWithFileAndLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"broken\"\nwhen\n  Foo(\nthen end\n");
        Cli r = Cli.run("check", write("small.yaml", DRAFT).toString(), "--rules", rules.toString(), "-o", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(rules.resolve("broken.drl") + ":"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
