package org.treatycheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Finding;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Treaty;

/** Rules are code: they are compiled at run time, and every fault is reported with its file, line or rule. */
class RuleBaseTest {

    private static final String HEADER = """
            package org.treatycheck.rules.test;
            import org.treatycheck.model.Clauses.ForceLimit;
            import org.treatycheck.model.Actor;
import org.treatycheck.model.Severity;
            global org.treatycheck.engine.FindingCollector findings;
            """;

    private static final String META = """
                @severity("high") @kind("gap") @title("t") @detects("d") @grounds("g")
                @message("Clause {limit} caps {party}.")
            """;

    @TempDir
    Path dir;

    private Path rules(String drl) throws Exception {
        Files.writeString(dir.resolve("test.drl"), HEADER + drl, StandardCharsets.UTF_8);
        return dir;
    }

    private static Treaty draft() throws Exception {
        return TreatyLoader.load("""
                format: treatycheck/1
                treaty: { id: t, title: t }
                actors:
                  UA: { name: Ukraine, kind: state, signatory: true, belligerent: true }
                  RU: { name: Russia, kind: state, signatory: true, belligerent: true }
                clauses:
                  - { id: "1", type: force_limit, party: UA }
                  - { id: "2", type: force_limit, party: RU }
                """.getBytes(StandardCharsets.UTF_8), "t.yaml");
    }

    @Test
    void aRuleFindsAndItsMetadataIsTheCatalogEntry() throws Exception {
        RuleBase base = RuleBase.load(rules("rule \"cap-found\"\n" + META + """
                when $l : ForceLimit($p : party)
                then findings.report(drools).clause("limit", $l).actor("party", $p).emit();
                end
                """));
        var info = base.rules().get("cap-found");
        assertEquals(Severity.HIGH, info.severity());
        assertEquals(FindingKind.GAP, info.kind());
        assertEquals("test.drl", info.source());
        List<Finding> findings = base.check(draft()).findings();
        assertEquals(List.of(List.of("1"), List.of("2")), findings.stream().map(Finding::clauses).toList());
        assertEquals("Clause 1 caps UA.", findings.get(0).message());
        assertEquals(64, base.fingerprint().length());
    }

    @Test
    void matchesOfTheSameClauseSetMergeKeepingTheWorstSeverityAndAllActors() throws Exception {
        RuleBase base = RuleBase.load(rules("rule \"merged\"\n" + META + """
                when $l : ForceLimit(party == "UA")
                     $a : Actor()
                then findings.report(drools).clause("limit", $l).actor("party", $a.id())
                        .severity($a.id().equals("RU") ? Severity.CRITICAL : Severity.LOW).emit();
                end
                """));
        List<Finding> findings = base.check(draft()).findings();
        assertEquals(1, findings.size());
        assertEquals(Severity.CRITICAL, findings.get(0).severity());
        assertEquals(List.of("RU", "UA"), findings.get(0).actors().stream().sorted().toList());
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws Exception {
        Path folder = rules("rule \"broken\"\n" + META + "when $l : ForceLimit(party == )\nthen end\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBase.load(folder));
        RuleProblem p = e.problems().get(0);
        assertEquals(folder.resolve("test.drl").toString(), p.file());
        assertEquals(9, p.line(), e.problems().toString());
    }

    @Test
    void anUnknownFieldIsReportedWithTheFileAndTheRule() throws Exception {
        Path folder = rules("rule \"unknown-field\"\n" + META + "when $l : ForceLimit(troops > 3)\nthen end\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBase.load(folder));
        String all = e.problems().toString();
        assertTrue(all.contains("test.drl"), all);
        assertTrue(all.contains("troops"), all);
    }

    @Test
    void aRuleWithoutCompleteMetadataIsRejected() throws Exception {
        Path folder = rules("""
                rule "Bad Name" @severity("severe") @kind("gap")
                when ForceLimit() then end
                """);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBase.load(folder));
        String all = e.problems().toString();
        assertTrue(all.contains("must be kebab-case"), all);
        assertTrue(all.contains("lacks @title"), all);
        assertTrue(all.contains("@severity must be one of"), all);
    }

    @Test
    void aRuleThatThrowsIsNamed() throws Exception {
        RuleBase base = RuleBase.load(rules("rule \"throws\"\n" + META + """
                when $l : ForceLimit()
                then throw new IllegalStateException("boom");
                end
                """));
        RuleRunException e = assertThrows(RuleRunException.class, () -> base.check(draft()));
        assertEquals("throws", e.ruleId());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void aRuleSetThatLoopsIsStoppedByTheFiringLimit() throws Exception {
        RuleBase base = RuleBase.load(rules("rule \"loops\"\n" + META + """
                when $l : ForceLimit()
                then update($l);
                end
                """));
        RuleRunException e = assertThrows(RuleRunException.class, () -> base.check(draft()));
        assertEquals("loops", e.ruleId());
        assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
    }

    @Test
    void aMessagePlaceholderWithoutAValueIsARuleFault() throws Exception {
        RuleBase base = RuleBase.load(rules("rule \"no-value\"\n" + META + """
                when $l : ForceLimit()
                then findings.report(drools).clause("limit", $l).emit();
                end
                """));
        RuleRunException e = assertThrows(RuleRunException.class, () -> base.check(draft()));
        assertEquals("no-value", e.ruleId());
        assertTrue(e.getMessage().contains("{party}"), e.getMessage());
    }

    @Test
    void anEmptyOrMissingRulesFolderIsAnError() {
        assertThrows(RuleLoadException.class, () -> RuleBase.load(dir));
        assertThrows(RuleLoadException.class, () -> RuleBase.load(dir.resolve("nowhere")));
    }
}
