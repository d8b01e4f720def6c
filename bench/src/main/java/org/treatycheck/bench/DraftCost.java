package org.treatycheck.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;
import org.treatycheck.report.ReportFormat;
import org.treatycheck.report.RunInfo;
import org.treatycheck.report.TreatyReport;

/**
 * Where the time of a folder run goes, per draft, inside one JVM: CPU time of loading the YAML,
 * checking and writing the workbook (to a file, as a check does), and the throughput with 1, 2, ...
 * threads each doing whole drafts. For sizing the parallel folder run.
 *
 * <pre>
 * DraftCost [--rules DIR] [--drafts N] [--clauses C] [--threads 1,2,4] [--out DIR]
 * </pre>
 */
public final class DraftCost {

    private DraftCost() {
    }

    public static void main(String[] args) throws Exception {
        Path rules = Path.of("rules");
        int drafts = 400;
        int clauses = 30;
        List<Integer> threads = List.of(1, 2);
        Path out = Files.createTempDirectory("treatycheck-draftcost");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> rules = Path.of(args[++i]);
                case "--drafts" -> drafts = Integer.parseInt(args[++i]);
                case "--clauses" -> clauses = Integer.parseInt(args[++i]);
                case "--threads" -> threads = java.util.stream.Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        RuleBase ruleBase = RuleBase.load(rules);
        Path target = out;
        List<byte[]> yaml = new ArrayList<>();
        for (int i = 0; i < drafts; i++) {
            yaml.add(DraftGenerator.yaml(clauses, String.format("draft-%04d", i)).getBytes(StandardCharsets.UTF_8));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[3];
        // Warm-up, then one thread with the phases timed.
        for (int i = 0; i < Math.min(100, drafts); i++) {
            one(ruleBase, yaml.get(i), out, null, mx);
        }
        long wall = System.nanoTime();
        for (byte[] y : yaml) {
            one(ruleBase, y, out, cpu, mx);
        }
        wall = System.nanoTime() - wall;
        System.out.printf(Locale.ROOT, "per draft of %d clauses, one thread, CPU ms: yaml %.2f, check %.2f, xlsx %.2f; wall %.2f ms%n",
                clauses, cpu[0] / 1e6 / drafts, cpu[1] / 1e6 / drafts, cpu[2] / 1e6 / drafts, wall / 1e6 / drafts);
        for (int n : threads) {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            AtomicLong next = new AtomicLong();
            long start = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                jobs.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < yaml.size()) {
                        one(ruleBase, yaml.get((int) i), target, null, mx);
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d thread(s): %d drafts in %.2f s = %.0f drafts/s%n", n, drafts, seconds, drafts / seconds);
        }
    }

    private static void one(RuleBase rules, byte[] yaml, Path out, long[] cpu, ThreadMXBean mx) throws Exception {
        long t0 = mx.getCurrentThreadCpuTime();
        Treaty treaty = TreatyLoader.load(yaml, "draft.yaml");
        long t1 = mx.getCurrentThreadCpuTime();
        CheckResult result = rules.check(treaty);
        long t2 = mx.getCurrentThreadCpuTime();
        TreatyReport report = new TreatyReport(treaty, result.findings(), List.copyOf(rules.rules().values()),
                new RunInfo("bench", rules.fingerprint(), Instant.EPOCH));
        try (OutputStream os = Files.newOutputStream(out.resolve(treaty.id() + ".xlsx"))) {
            ReportFormat.XLSX.renderer(false).write(report, os);
        }
        long t3 = mx.getCurrentThreadCpuTime();
        if (cpu != null) {
            cpu[0] += t1 - t0;
            cpu[1] += t2 - t1;
            cpu[2] += t3 - t2;
        }
    }
}
