package org.treatycheck.regress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.treatycheck.regress.RegressionRun.Rewrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.engine.RuleRunException;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Treaty;

/**
 * The whole regression suite: every rule test file under {@code <rules>/tests} and a snapshot for
 * every shipped draft, with the coverage gate.
 */
public final class RegressionSuite {

    /** Where rule tests live inside a rules folder. */
    public static final String TESTS_FOLDER = "tests";

    private final List<RuleCase> cases;
    private final List<String> fileProblems;
    private final List<Path> drafts;

    private RegressionSuite(List<RuleCase> cases, List<String> fileProblems, List<Path> drafts) {
        this.cases = List.copyOf(cases);
        this.fileProblems = List.copyOf(fileProblems);
        this.drafts = List.copyOf(drafts);
    }

    /**
     * Reads every rule test file under {@code rulesFolder/tests} (a YAML file with a top-level
     * {@code rule}; files with a top-level {@code format} are base drafts) and notes the drafts to
     * snapshot.
     */
    public static RegressionSuite discover(Path rulesFolder, List<Path> drafts) throws IOException {
        List<RuleCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Path tests = rulesFolder.resolve(TESTS_FOLDER);
        if (Files.isDirectory(tests)) {
            RuleTestFile reader = new RuleTestFile();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(tests)) {
                files = walk.filter(Files::isRegularFile).filter(org.treatycheck.load.TreatyFiles::isTreatyFileName)
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path file : files) {
                if (isBaseDraft(file)) {
                    continue;
                }
                try {
                    List<RuleCase> read = reader.read(file);
                    String expectedName = read.isEmpty() ? null : read.get(0).rule() + ".yaml";
                    if (expectedName != null && !file.getFileName().toString().equals(expectedName)) {
                        problems.add(file + ": tests rule '" + read.get(0).rule() + "' and must be named " + expectedName);
                    }
                    if (read.isEmpty()) {
                        problems.add(file + ": has no case");
                    }
                    cases.addAll(read);
                } catch (TreatyLoadException e) {
                    e.problems().stream().map(LoadProblem::toString).forEach(problems::add);
                }
            }
        }
        return new RegressionSuite(cases, problems, drafts);
    }

    private static boolean isBaseDraft(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.lines().anyMatch(l -> l.startsWith("format:"));
    }

    /** Every rule case, in file order. */
    public List<RuleCase> cases() {
        return cases;
    }

    /** The drafts whose snapshots are checked. */
    public List<Path> drafts() {
        return drafts;
    }

    /**
     * Runs every case and snapshot and applies the coverage gate.
     *
     * @param update accept snapshots that differ (or are missing): the run passes them and lists
     *               the new snapshot texts in {@link RegressionRun#rewrites()} for the caller to write
     */
    public RegressionRun run(RuleBase rules, boolean update) throws IOException {
        RuleTester tester = new RuleTester(rules);
        List<CaseResult> results = new ArrayList<>();
        List<Rewrite> rewrites = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>();
        rules.rules().keySet().forEach(id -> counts.put(id, new int[3]));
        List<String> gate = new ArrayList<>(fileProblems);
        for (RuleCase c : cases) {
            CaseResult r = tester.run(c);
            results.add(r);
            int[] row = counts.get(c.rule());
            if (row != null) {
                row[c.fires() ? 0 : 1]++;
                row[2] += r.findings().size();
            }
        }
        for (Path draft : drafts) {
            CaseResult r = snapshot(rules, draft, update, rewrites);
            results.add(r);
            for (Finding f : r.findings()) {
                int[] row = counts.get(f.rule());
                if (row != null) {
                    row[2]++;
                }
            }
        }
        for (String ruleId : rules.rules().keySet()) {
            int[] row = counts.get(ruleId);
            if (row[0] == 0) {
                gate.add("rule '" + ruleId + "' (" + rules.rules().get(ruleId).source() + ") has no case where it must fire");
            }
            if (row[1] == 0) {
                gate.add("rule '" + ruleId + "' (" + rules.rules().get(ruleId).source() + ") has no near-miss where it must stay silent");
            }
        }
        cases.stream().map(RuleCase::rule).distinct().filter(id -> !rules.rules().containsKey(id))
                .forEach(id -> gate.add("a test names rule '" + id + "', which the rules folder does not define"));
        List<CoverageRow> coverage = counts.entrySet().stream()
                .map(e -> new CoverageRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new RegressionRun(results, gate, coverage, rewrites);
    }

    private static CaseResult snapshot(RuleBase rules, Path draft, boolean update, List<Rewrite> rewrites) throws IOException {
        String name = "snapshot \u203a " + draft.getFileName();
        Path file = Snapshot.pathFor(draft);
        Treaty treaty;
        try {
            treaty = TreatyLoader.load(draft);
        } catch (TreatyLoadException e) {
            List<String> lines = new ArrayList<>();
            lines.add("the draft does not load:");
            e.problems().stream().map(LoadProblem::toString).forEach(lines::add);
            return new CaseResult("snapshot", name, draft.toString(), lines, List.of());
        }
        List<Finding> findings;
        try {
            findings = rules.check(treaty).findings();
        } catch (RuleRunException e) {
            return new CaseResult("snapshot", name, draft.toString(), List.of("the rules failed: " + e.getMessage()), List.of());
        }
        List<String> expected = Snapshot.read(file);
        List<String> diff = expected == null ? List.of("no snapshot " + file + " (create it with treatycheck test --update)")
                : Snapshot.diff(expected, findings);
        if (update && !diff.isEmpty()) {
            rewrites.add(new Rewrite(file, Snapshot.render(draft, findings)));
            diff = List.of();
        }
        return new CaseResult("snapshot", name, file.toString(), diff, findings);
    }
}
