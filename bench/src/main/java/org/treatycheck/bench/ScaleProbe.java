package org.treatycheck.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;
import org.treatycheck.report.ReportFormat;
import org.treatycheck.report.RunInfo;
import org.treatycheck.report.TreatyReport;

/**
 * How each phase of a check, and each rule, scales with the size of a draft: the evidence for
 * "linear scaling" in docs/performance.md.
 *
 * <pre>
 * ScaleProbe [--rules DIR] [--sizes 5000,50000] [--per-rule] [--repeat N] [--report xlsx,json]
 * </pre>
 *
 * For every size it loads a synthetic draft ({@link DraftGenerator}), runs the whole rule base over
 * it (best of N runs after a warm-up) and writes the reports, timing each phase and the heap in use
 * afterwards. With {@code --per-rule} it then builds a rule base of each rule alone (the rule, with
 * the imports, globals and functions of its file) and times that rule by itself at every size, so
 * that a rule whose time grows faster than the draft stands out. Run it with the JIT on (no
 * {@code -XX:TieredStopAtLevel=1}), and with a young generation large enough that a check does not
 * collect garbage ({@code -XX:+UseSerialGC -Xms3g -Xmx3g -Xmn2g}): it collects before each timed
 * run, so that the times compare the rules, not the collector.
 */
public final class ScaleProbe {

    private static final String BASELINE = """
            package org.treatycheck.rules.baseline;
            import org.treatycheck.model.Clauses.NuclearStatus;
            global org.treatycheck.engine.FindingCollector findings;
            rule "baseline"
                @severity("info") @kind("gap") @title("t") @detects("d") @grounds("g") @message("m")
            when NuclearStatus(party == "nobody")
            then findings.report(drools).emit();
            end
            """;

    private static final Pattern RULE_START = Pattern.compile("^rule\\s+\"([^\"]+)\"");

    private ScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path rules = Path.of("rules");
        List<Integer> sizes = List.of(5_000, 50_000);
        boolean perRule = false;
        int repeat = 3;
        List<ReportFormat> reports = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> rules = Path.of(args[++i]);
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(String::strip).map(Integer::parseInt).toList();
                case "--per-rule" -> perRule = true;
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--report" -> reports = Stream.of(args[++i].split(",")).map(s -> ReportFormat.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Map<Integer, Treaty> drafts = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %10s %12s%n", "clauses", "yaml-ms", "check-ms", "report-ms", "findings", "heap-MB");
        RuleBase all = RuleBase.load(rules);
        check(all, treaty(300), 1); // warm-up
        for (int size : sizes) {
            long t0 = System.nanoTime();
            Treaty treaty = treaty(size);
            long yaml = System.nanoTime() - t0;
            drafts.put(size, treaty);
            check(all, treaty(Math.min(size, 3000)), 1); // warm the JIT on a draft of a similar shape
            long[] best = {Long.MAX_VALUE};
            CheckResult result = null;
            for (int r = 0; r < repeat; r++) {
                result = null;
                System.gc();
                long s = System.nanoTime();
                result = all.check(treaty);
                best[0] = Math.min(best[0], System.nanoTime() - s);
            }
            long reportNanos = 0;
            for (ReportFormat format : reports) {
                TreatyReport report = new TreatyReport(treaty, result.findings(), List.copyOf(all.rules().values()),
                        new RunInfo("bench", all.fingerprint(), Instant.EPOCH));
                long s = System.nanoTime();
                try (OutputStream out = OutputStream.nullOutputStream()) {
                    format.renderer(false).write(report, out);
                }
                reportNanos += System.nanoTime() - s;
            }
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf(Locale.ROOT, "%-10d %10.0f %10.0f %10.0f %10d %12.0f%n", size, yaml / 1e6, best[0] / 1e6,
                    reportNanos / 1e6, result.findings().size(), heap / 1048576.0);
        }
        if (!perRule) {
            return;
        }
        System.out.println();
        List<Integer> keys = List.copyOf(drafts.keySet());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-40s", "rule"));
        for (int size : keys) {
            head.append(String.format(Locale.ROOT, " %10s %8s", size + "-ms", "findings"));
        }
        if (keys.size() >= 2) {
            head.append(String.format(Locale.ROOT, " %8s %8s", "time-x", "size-x"));
        }
        System.out.println(head);
        Path scratch = Files.createTempDirectory("treatycheck-probe");
        Map<String, String> singles = new LinkedHashMap<>();
        // What every rule base pays whatever its rules: a session, inserting every fact, sorting findings.
        singles.put("(baseline: a rule that matches nothing)", BASELINE);
        singles.putAll(singleRuleFiles(rules));
        int n = 0;
        for (Map.Entry<String, String> rule : singles.entrySet()) {
            Path folder = Files.createDirectories(scratch.resolve("rule-" + n++));
            Files.writeString(folder.resolve("rule.drl"), rule.getValue(), StandardCharsets.UTF_8);
            RuleBase alone = RuleBase.load(folder);
            check(alone, treaty(Math.min(keys.get(0), 3000)), 2);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-40s", rule.getKey()));
            double first = 0;
            double last = 0;
            for (int size : keys) {
                long best = Long.MAX_VALUE;
                int findings = 0;
                for (int r = 0; r < repeat; r++) {
                    System.gc();
                    long s = System.nanoTime();
                    findings = alone.check(drafts.get(size)).findings().size();
                    best = Math.min(best, System.nanoTime() - s);
                }
                if (size == keys.get(0)) {
                    first = best;
                }
                last = best;
                row.append(String.format(Locale.ROOT, " %10.1f %8d", best / 1e6, findings));
            }
            if (keys.size() >= 2) {
                row.append(String.format(Locale.ROOT, " %8.1f %8.1f", last / first, (double) keys.get(keys.size() - 1) / keys.get(0)));
            }
            System.out.println(row);
        }
    }

    private static Treaty treaty(int clauses) throws Exception {
        return TreatyLoader.load(DraftGenerator.yaml(clauses, "synthetic-" + clauses).getBytes(StandardCharsets.UTF_8), "synthetic.yaml");
    }

    private static void check(RuleBase rules, Treaty treaty, int times) {
        for (int i = 0; i < times; i++) {
            rules.check(treaty);
        }
    }

    /** Each rule of the folder alone, with its file's header (package, imports, globals, functions), by rule id. */
    static Map<String, String> singleRuleFiles(Path rules) throws IOException {
        Map<String, String> result = new java.util.TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rules)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder header = new StringBuilder();
            List<String[]> blocks = new ArrayList<>();
            StringBuilder block = null;
            String name = null;
            for (String line : lines) {
                Matcher m = RULE_START.matcher(line);
                if (block == null && m.find()) {
                    block = new StringBuilder();
                    name = m.group(1);
                }
                if (block != null) {
                    block.append(line).append('\n');
                    if (line.strip().equals("end")) {
                        blocks.add(new String[] {name, block.toString()});
                        block = null;
                    }
                } else {
                    header.append(line).append('\n');
                }
            }
            for (String[] b : blocks) {
                result.put(b[0], header + "\n" + b[1]);
            }
        }
        return result;
    }
}
