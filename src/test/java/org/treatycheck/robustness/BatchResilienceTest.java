package org.treatycheck.robustness;

import org.treatycheck.testing.Cli;
import org.treatycheck.testing.SampleDrafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder run over drafts from many hands: every bad draft is reported with all its problems, the
 * good ones are still checked and get their reports, and the exit code says both (2 for bad input
 * wins over 1 for findings).
 */
class BatchResilienceTest {

    @TempDir
    Path dir;

    @Test
    void everyBadDraftOfTheCatalogIsReportedAndTheGoodOnesAreStillChecked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(folder.resolve("0-first-good.yaml"), SampleDrafts.conflicting("first-good"));
        List<String> cases = BadDraftsTest.cases().toList();
        for (String name : cases) {
            Files.copy(BadDraftsTest.CATALOG.resolve(name + ".yaml"), folder.resolve(name + ".yaml"));
        }
        Files.writeString(folder.resolve("zz-last-good.yml"), SampleDrafts.conflicting("last-good"));
        Path out = dir.resolve("reports");

        Cli r = Cli.run("check", folder.toString(), "-o", out.toString(), "--rules", Cli.quietRules(dir.resolve("rules")).toString());

        assertEquals(2, r.code(), r.out() + r.err());
        r.assertNoStackTrace();
        List<String> err = r.err().lines().toList();
        for (String name : cases) {
            Path draft = folder.resolve(name + ".yaml");
            for (String line : BadDraftsTest.expected(name)) {
                assertTrue(err.contains(draft + ":" + line), "reported: " + draft + ":" + line);
            }
            assertTrue(err.stream().anyMatch(l -> l.startsWith(draft + ": not checked (")), name);
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(folder.resolve("0-first-good.yaml") + ": ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(folder.resolve("zz-last-good.yml") + ": ")), r.out());
        assertEquals(List.of("first-good.xlsx", "index.xlsx", "last-good.xlsx"), Cli.filesUnder(out));
        assertEquals(cases.size() + 2, Cli.filesUnder(folder).size(), "nothing written among the drafts");
    }

    @Test
    void theExitCodeSaysBothThatDraftsHaveFindingsAndThatOthersAreBad() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(folder.resolve("a.yaml"), SampleDrafts.conflicting("with-findings"));
        Path out = dir.resolve("reports");
        Cli findings = Cli.run("check", folder.toString(), "-o", out.toString());
        assertEquals(1, findings.code(), "the shipped rules find the accession conflict:\n" + findings.err());

        Files.writeString(folder.resolve("b.yaml"), "format: treatycheck/1\ntreaty: [\n");
        Cli both = Cli.run("check", folder.toString(), "-o", out.toString());
        assertEquals(2, both.code(), "bad input outranks findings");
        assertTrue(both.out().contains("critical"), "the good draft is still checked and its findings counted:\n" + both.out());
        assertTrue(both.err().contains(folder.resolve("b.yaml") + ":3:1: not valid YAML"), both.err());
    }

    @Test
    void twoDraftsWithOneTreatyIdAndADeviceNamedAsADraftAreEachReported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Path first = Files.writeString(folder.resolve("a.yaml"), SampleDrafts.conflicting("same-id"));
        Path second = Files.writeString(folder.resolve("b.yaml"), SampleDrafts.conflicting("same-id"));
        List<String> args = new ArrayList<>(List.of("check", first.toString(), second.toString()));
        Path device = Path.of("/dev/zero");
        boolean hasDevice = Files.isReadable(device);
        if (hasDevice) {
            args.add(device.toString());
        }
        Path out = dir.resolve("reports");
        args.addAll(List.of("-o", out.toString(), "--rules", Cli.quietRules(dir.resolve("rules")).toString()));

        Cli r = Cli.run(args.toArray(String[]::new));

        assertEquals(2, r.code(), r.err());
        r.assertNoStackTrace();
        assertTrue(r.err().contains(second + ": treaty id 'same-id' is also used by " + first), r.err());
        assertEquals(List.of("same-id.xlsx"), Cli.filesUnder(out));
        assertEquals(SampleDrafts.conflicting("same-id"), Files.readString(second));
        assumeTrue(hasDevice, "no /dev/zero here");
        assertTrue(r.err().contains(device + ":1:1: the file is over "), "an endless device is read only up to the size limit:\n"
                + r.err());
    }
}
