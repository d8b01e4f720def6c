package org.treatycheck.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatycheck.load.TreatyFiles;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Treaty;
import org.treatycheck.regress.CaseResult;
import org.treatycheck.regress.RegressionRun;
import org.treatycheck.regress.RegressionSuite;

/**
 * The on-disk rule base cache: a cached load behaves exactly like a compile, a rule edit takes
 * effect on the next load, and nothing wrong with the cache ever makes a load fail.
 */
class RuleBaseCacheTest {

    private static final Path RULES = Path.of("rules");
    private static final Path TREATIES = Path.of("treaties");

    private static final String SMALL_RULES = """
            package my.rules;
            import org.treatycheck.model.Clauses.ForceLimit;
            global org.treatycheck.engine.FindingCollector findings;

            function String cap(ForceLimit l) {
                return l.personnel() == null ? "no number" : String.valueOf(l.personnel());
            }

            rule "cap-found"
                @severity("high") @kind("gap") @title("t") @detects("d") @grounds("g")
                @message("Clause {limit} caps {party} at MARK {cap}.")
            when $l : ForceLimit($p : party)
            then findings.report(drools).clause("limit", $l).actor("party", $p).with("cap", cap($l)).emit();
            end
            """;

    private static final String SMALL_DRAFT = """
            format: treatycheck/1
            treaty: { id: t, title: t }
            actors:
              UA: { name: Ukraine, kind: state, signatory: true, belligerent: true }
            clauses:
              - { id: "1", type: force_limit, party: UA, personnel: 250000 }
            """;

    private static RuleBase uncached;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileWithoutCache() throws Exception {
        uncached = RuleBase.load(RULES, RuleBaseCache.disabled());
    }

    private static List<Path> drafts() throws Exception {
        List<Path> drafts = TreatyFiles.find(List.of(TREATIES));
        assertFalse(drafts.isEmpty(), "no shipped drafts in " + TREATIES);
        return drafts;
    }

    @Test
    void aCachedRuleBaseGivesTheSameCatalogAndFindingsAsACompiledOne() throws Exception {
        RuleBaseCache cache = RuleBaseCache.at(dir);
        RuleBase first = RuleBase.load(RULES, cache);
        assertEquals(List.of(1, 0, 1), List.of(cache.misses(), cache.hits(), cache.writes()));
        RuleBase cached = RuleBase.load(RULES, cache);
        assertEquals(1, cache.hits(), "the second load must come from the cache");
        assertEquals(0, cache.rejected());

        assertEquals(uncached.fingerprint(), cached.fingerprint());
        assertEquals(uncached.rules(), cached.rules(), "rule metadata and source files");
        assertEquals(List.copyOf(uncached.rules().keySet()), List.copyOf(cached.rules().keySet()));
        for (Path draft : drafts()) {
            Treaty treaty = TreatyLoader.load(draft);
            List<Finding> expected = uncached.check(treaty).findings();
            assertEquals(expected, first.check(treaty).findings(), draft.toString());
            assertEquals(expected, cached.check(treaty).findings(), draft.toString());
        }
    }

    @Test
    void everyRuleCaseAndSnapshotGivesTheSameFindingsFromTheCache() throws Exception {
        RuleBaseCache cache = RuleBaseCache.at(dir);
        RuleBase.load(RULES, cache);
        RuleBase cached = RuleBase.load(RULES, cache);
        assertEquals(1, cache.hits());

        RegressionSuite suite = RegressionSuite.discover(RULES, drafts());
        RegressionRun expected = suite.run(uncached, false);
        RegressionRun actual = suite.run(cached, false);
        assertEquals(expected.results().size(), actual.results().size());
        assertTrue(expected.results().size() >= 2 * 23, "rule cases and snapshots: " + expected.results().size());
        for (int i = 0; i < expected.results().size(); i++) {
            CaseResult e = expected.results().get(i);
            CaseResult a = actual.results().get(i);
            assertEquals(e.name(), a.name());
            assertEquals(e.findings(), a.findings(), e.name());
            assertEquals(e.differences(), a.differences(), e.name());
        }
        assertEquals(expected.gateProblems(), actual.gateProblems());
        assertEquals(expected.coverage(), actual.coverage());
    }

    @Test
    void anEditedRuleTakesEffectOnTheNextLoad() throws Exception {
        Path rules = smallRules(SMALL_RULES);
        RuleBaseCache cache = RuleBaseCache.at(dir.resolve("cache"));
        assertEquals("Clause 1 caps UA at MARK 250000.", message(RuleBase.load(rules, cache)));
        assertEquals("Clause 1 caps UA at MARK 250000.", message(RuleBase.load(rules, cache)));
        assertEquals(1, cache.hits());

        Files.writeString(rules.resolve("small.drl"), SMALL_RULES.replace("MARK", "EDITED"), StandardCharsets.UTF_8);
        RuleBase edited = RuleBase.load(rules, cache);
        assertEquals(1, cache.hits(), "an edited rule file must not come from the cache");
        assertEquals("Clause 1 caps UA at EDITED 250000.", message(edited));
        assertEquals("Clause 1 caps UA at EDITED 250000.", message(RuleBase.load(rules, cache)));
        assertEquals(2, cache.hits());

        // A new rule file is an edit too, even though no existing file changed.
        Files.writeString(rules.resolve("z-more.drl"), SMALL_RULES.replace("cap-found", "cap-found-again")
                .replace("package my.rules;", "package my.more;"), StandardCharsets.UTF_8);
        RuleBase more = RuleBase.load(rules, cache);
        assertEquals(2, cache.hits());
        assertEquals(List.of("cap-found", "cap-found-again"), List.copyOf(more.rules().keySet()));
        assertEquals("z-more.drl", more.rules().get("cap-found-again").source());
    }

    @Test
    void theIdentityAndKeyFollowTheRuleFiles() {
        byte[] a = "a.drl\0rule a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "a.drl\0rule b".getBytes(StandardCharsets.UTF_8);
        assertEquals(RuleBaseCache.Identity.of(a).key(), RuleBaseCache.Identity.of(a).key());
        assertArrayEquals(RuleBaseCache.Identity.of(a).bytes(), RuleBaseCache.Identity.of(a.clone()).bytes());
        assertNotEquals(RuleBaseCache.Identity.of(a).key(), RuleBaseCache.Identity.of(b).key());
        assertEquals(16, RuleBaseCache.Identity.of(a).key().length());
    }

    @Test
    void anEntryOfOtherRulesUnderTheSameNameIsNotUsedButReplaced() throws Exception {
        // Two rule sets whose checksums collide share a file name: only the exact rules may use it.
        Path rules = smallRules(SMALL_RULES);
        Path folder = dir.resolve("cache");
        RuleBaseCache cache = RuleBaseCache.at(folder);
        RuleBase compiled = RuleBase.load(rules, cache);
        Path entry = onlyEntry(folder);
        RuleBaseCache.Entry good = RuleBaseCache.Entry.parse(Files.readAllBytes(entry));
        byte[] otherRules = good.identity().clone();
        otherRules[otherRules.length - 2] ^= 1; // one character of the rule text differs
        Files.write(entry, new RuleBaseCache.Entry(otherRules, "0".repeat(64), good.payload()).bytes());

        RuleBase reloaded = RuleBase.load(rules, cache);
        assertEquals(List.of(2, 0, 0), List.of(cache.misses(), cache.hits(), cache.rejected()));
        assertEquals(compiled.fingerprint(), reloaded.fingerprint());
        assertArrayEquals(good.identity(), RuleBaseCache.Entry.parse(Files.readAllBytes(entry)).identity(), "replaced");
        RuleBase cached = RuleBase.load(rules, cache);
        assertEquals(1, cache.hits());
        assertEquals(compiled.fingerprint(), cached.fingerprint(), "the fingerprint kept in the entry");
        assertEquals("Clause 1 caps UA at MARK 250000.", message(cached));
    }

    @Test
    void aCorruptEntryIsIgnoredReplacedAndNeverAFailure() throws Exception {
        Path rules = smallRules(SMALL_RULES);
        Path folder = dir.resolve("cache");
        RuleBaseCache cache = RuleBaseCache.at(folder);
        String expected = message(RuleBase.load(rules, cache));
        Path entry = onlyEntry(folder);
        byte[] good = Files.readAllBytes(entry);

        List<byte[]> corruptions = new ArrayList<>();
        corruptions.add(new byte[0]);
        corruptions.add("not a cache entry".getBytes(StandardCharsets.UTF_8));
        corruptions.add(java.util.Arrays.copyOf(good, good.length / 2));
        byte[] flipped = good.clone();
        flipped[flipped.length - 100] ^= 0x5a;
        corruptions.add(flipped);
        int rejected = 0;
        for (byte[] bad : corruptions) {
            Files.write(entry, bad);
            assertEquals(expected, message(RuleBase.load(rules, cache)));
            assertEquals(++rejected, cache.rejected());
            assertTrue(Files.exists(entry), "the entry is written again after a compile");
            assertEquals(expected, message(RuleBase.load(rules, cache)));
        }
        assertEquals(corruptions.size(), cache.hits());
    }

    @Test
    void anEntryWhosePayloadIsNotARuleBaseIsIgnored() throws Exception {
        // A well-formed entry (right header and checksum) whose objects are not rule packages, or are
        // classes the cache does not admit, falls back to compiling as well.
        Path rules = smallRules(SMALL_RULES);
        Path folder = dir.resolve("cache");
        RuleBaseCache cache = RuleBaseCache.at(folder);
        String expected = message(RuleBase.load(rules, cache));
        Path entry = onlyEntry(folder);
        RuleBaseCache.Entry good = RuleBaseCache.Entry.parse(Files.readAllBytes(entry));
        // Not a list; a list of something else; a class the cache does not admit (javax.management).
        for (Object payload : List.of(new java.util.HashMap<>(java.util.Map.of("a", "b")), new ArrayList<>(List.of("not a package")),
                new ArrayList<>(List.of(new javax.management.ObjectName("d:k=v"))))) {
            Files.write(entry, new RuleBaseCache.Entry(good.identity(), good.fingerprint(), serialized(payload)).bytes());
            int before = cache.rejected();
            assertEquals(expected, message(RuleBase.load(rules, cache)));
            assertEquals(before + 1, cache.rejected(), String.valueOf(payload));
        }
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedWithItsLineAndNeverCached() throws Exception {
        Path rules = smallRules(SMALL_RULES.replace("when $l : ForceLimit($p : party)", "when $l : ForceLimit($p : party == )"));
        Path folder = dir.resolve("cache");
        RuleBaseCache cache = RuleBaseCache.at(folder);
        for (int i = 0; i < 2; i++) {
            RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBase.load(rules, cache));
            assertEquals(rules.resolve("small.drl").toString(), e.problems().get(0).file());
            assertEquals(12, e.problems().get(0).line(), e.problems().toString());
        }
        assertEquals(0, cache.writes());
        assertEquals(0, entries(folder).size());
    }

    @Test
    void aRuleWithIncompleteMetadataIsNeverCached() throws Exception {
        Path rules = smallRules(SMALL_RULES.replace("@title(\"t\")", ""));
        Path folder = dir.resolve("cache");
        RuleBaseCache cache = RuleBaseCache.at(folder);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBase.load(rules, cache));
        assertTrue(e.problems().toString().contains("lacks @title"), e.problems().toString());
        assertEquals(0, entries(folder).size());
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTheCompile() throws Exception {
        Path rules = smallRules(SMALL_RULES);
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        RuleBaseCache cache = RuleBaseCache.at(notAFolder.resolve("cache"));
        assertEquals("Clause 1 caps UA at MARK 250000.", message(RuleBase.load(rules, cache)));
        assertEquals("Clause 1 caps UA at MARK 250000.", message(RuleBase.load(rules, cache)));
        assertEquals(0, cache.writes());
        assertEquals(0, cache.hits());
    }

    @Test
    void concurrentLoadsShareOneCacheSafely() throws Exception {
        Path rules = smallRules(SMALL_RULES);
        Path folder = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> loads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // Separate cache objects, like separate processes, on the same folder.
                loads.add(() -> message(RuleBase.load(rules, RuleBaseCache.at(folder))));
            }
            for (Future<String> f : pool.invokeAll(loads)) {
                assertEquals("Clause 1 caps UA at MARK 250000.", f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, entries(folder).size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary file is left");
        }
        RuleBaseCache cache = RuleBaseCache.at(folder);
        RuleBase.load(rules, cache);
        assertEquals(1, cache.hits());
    }

    @Test
    void theCacheFolderFollowsTheEnvironmentAndCanBeTurnedOff() {
        String before = System.getProperty(RuleBaseCache.DIR_PROPERTY);
        String switchBefore = System.getProperty(RuleBaseCache.SWITCH_PROPERTY);
        try {
            System.setProperty(RuleBaseCache.DIR_PROPERTY, dir.toString());
            assertEquals(dir, RuleBaseCache.folder().orElseThrow());
            assertEquals(dir.resolve("rulebase"), RuleBaseCache.fromEnvironment().dir());
            System.setProperty(RuleBaseCache.DIR_PROPERTY, "off");
            assertFalse(RuleBaseCache.fromEnvironment().enabled());
            System.setProperty(RuleBaseCache.DIR_PROPERTY, dir.toString());
            System.setProperty(RuleBaseCache.SWITCH_PROPERTY, "off");
            assertFalse(RuleBaseCache.fromEnvironment().enabled());
        } finally {
            restore(RuleBaseCache.DIR_PROPERTY, before);
            restore(RuleBaseCache.SWITCH_PROPERTY, switchBefore);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private Path smallRules(String drl) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("small.drl"), drl, StandardCharsets.UTF_8);
        return rules;
    }

    private static String message(RuleBase rules) throws Exception {
        Treaty treaty = TreatyLoader.load(SMALL_DRAFT.getBytes(StandardCharsets.UTF_8), "t.yaml");
        List<Finding> findings = rules.check(treaty).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0).message();
    }

    private static List<Path> entries(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".kbase")).toList();
        }
    }

    private static Path onlyEntry(Path folder) throws Exception {
        List<Path> entries = entries(folder);
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    /** The Java serialization of {@code payload}. */
    private static byte[] serialized(Object payload) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(payload);
        }
        return bytes.toByteArray();
    }
}
