package org.treatycheck.robustness;

import org.treatycheck.testing.Cli;
import org.treatycheck.testing.SampleDrafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in the analysts' rules, through the command line: each is reported with the rule's file,
 * line or id, exit 2, no stack trace without --verbose, and no report at all for the draft (never
 * one built from the rules that did run). DRL syntax errors are covered by CheckCommandTest, and
 * the engine-level details by RuleBaseTest.
 */
class RuleFaultsTest {

    private static final String HEADER = """
            package org.treatycheck.rules.faults;
            import org.treatycheck.model.Clauses.ForceLimit;
            global org.treatycheck.engine.FindingCollector findings;

            """;

    private static final String META = """
                @severity("high") @kind("gap") @title("t") @detects("d") @grounds("g")
                @message("Clause {limit} caps {party}.")
            """;

    static final String DRAFT = SampleDrafts.oneForceLimit("rule-faults");

    @TempDir
    Path dir;

    private Path draft;
    private Path out;

    @BeforeEach
    void draft() throws Exception {
        draft = Files.writeString(dir.resolve("draft.yaml"), DRAFT);
        out = dir.resolve("reports");
    }

    private Path rule(String name, String drl) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        return Files.writeString(rules.resolve(name), HEADER + drl);
    }

    private Cli check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", draft.toString(), "-o", out.toString(),
                "--rules", dir.resolve("rules").toString(), "--format", "xlsx,json"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertNothingWritten(Cli r) throws Exception {
        assertEquals(List.of(), Cli.filesUnder(out), "no report, partial or whole:\n" + r.out() + r.err());
        assertEquals(DRAFT, Files.readString(draft));
    }

    @Test
    void anUnknownFactTypeNamesTheFileAndLine() throws Exception {
        Path file = rule("unknown-type.drl", "rule \"unknown-type\"\n" + META
                + "when $l : ForceLimitt(party == \"UA\")\nthen end\n");
        Cli r = check();
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(file + ":8: "), "the file and the line of the pattern:\n" + r.err());
        assertTrue(r.err().contains("ForceLimitt"), r.err());
        r.assertNoStackTrace();
        assertNothingWritten(r);
    }

    @Test
    void anUnknownFieldNamesTheFileAndLine() throws Exception {
        Path file = rule("fields.drl", "rule \"unknown-field\"\n" + META
                + "when $l : ForceLimit(troops > 3)\nthen end\n");
        Cli r = check();
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(file + ":8: "), "the file and the line of the constraint:\n" + r.err());
        assertTrue(r.err().contains("troops"), "names the field:\n" + r.err());
        r.assertNoStackTrace();
        assertNothingWritten(r);
    }

    @Test
    void aRuleThatThrowsAtRunTimeIsNamedAndNoReportIsWritten() throws Exception {
        rule("throws.drl", "rule \"throws-at-run-time\"\n" + META + """
                when $l : ForceLimit()
                then throw new IllegalStateException("boom");
                end
                """);
        Cli r = check();
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("\"throws-at-run-time\"") && r.err().contains("boom"), r.err());
        r.assertNoStackTrace();
        assertNothingWritten(r);
        Cli verbose = check("--verbose");
        assertEquals(2, verbose.code());
        assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace:\n" + verbose.err());
    }

    @Test
    void aRuleThatFailsWithAnErrorIsARuleFaultToo() throws Exception {
        rule("error.drl", "rule \"asserts\"\n" + META + """
                when $l : ForceLimit()
                then throw new AssertionError("not reached");
                end
                """);
        Cli r = check();
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("\"asserts\""), r.err());
        r.assertNoStackTrace();
        assertNothingWritten(r);
    }

    @Test
    void aRuleSetThatLoopsIsStoppedAndNamed() throws Exception {
        rule("loops.drl", "rule \"loops\"\n" + META + """
                when $l : ForceLimit()
                then update($l);
                end
                """);
        Cli r = check();
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("did not finish") && r.err().contains("\"loops\""), r.err());
        r.assertNoStackTrace();
        assertNothingWritten(r);
    }

    @Test
    void aRuleFaultInAFolderRunStopsEveryWriteBeforeTheCommandReturns() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        for (int i = 0; i < 40; i++) {
            // The 21st draft is the one whose clauses the faulty rule matches.
            Files.writeString(folder.resolve(String.format("d%02d.yaml", i)), DRAFT.replace("rule-faults", String.format("d%02d", i))
                    .replace("party: UA, personnel", i == 20 ? "party: RU, personnel" : "party: UA, personnel")
                    .replace("  UA: {", "  RU: { name: Russia, kind: state, signatory: true }\n  UA: {"));
        }
        rule("throws.drl", "rule \"throws-at-run-time\"\n" + META + """
                when $l : ForceLimit(party == "RU")
                then throw new IllegalStateException("boom");
                end
                """);
        Cli r = Cli.run("check", folder.toString(), "-o", out.toString(), "--rules", dir.resolve("rules").toString());
        List<String> atReturn = Cli.filesUnder(out);
        Thread.sleep(1500);
        List<String> later = Cli.filesUnder(out);

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("\"throws-at-run-time\""), r.err());
        r.assertNoStackTrace();
        assertEquals(atReturn, later, "nothing is written after the command has returned");
        assertFalse(later.contains("d20.xlsx"), "no report for the draft the rule broke: " + later);
        assertFalse(later.contains("index.xlsx"), "no index of a run that did not finish: " + later);
        assertTrue(later.stream().noneMatch(f -> f.endsWith(".tmp")), "no temporary file: " + later);
    }
}
