package org.treatycheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;

/**
 * One check of a synthetic draft ({@link DraftGenerator}) by the shipped rule base, and loading the
 * draft from YAML, at 30 to 50,000 clauses. The forks get a 1 GiB heap: a 50,000-clause draft must
 * be checked within it. The rules folder is {@code -Dtreatycheck.bench.rules} (default {@code rules}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dtreatycheck.cache=off"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    @Param({"30", "1000", "5000", "10000", "50000"})
    public int clauses;

    private RuleBase rules;
    private byte[] yaml;
    private Treaty treaty;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        rules = RuleBase.load(Path.of(System.getProperty("treatycheck.bench.rules", "rules")));
        yaml = DraftGenerator.yaml(clauses, "synthetic-" + clauses).getBytes(StandardCharsets.UTF_8);
        treaty = TreatyLoader.load(yaml, "synthetic.yaml");
    }

    /** The rules over the draft: inserting facts, matching, firing, collecting and sorting findings. */
    @Benchmark
    public CheckResult check() {
        return rules.check(treaty);
    }

    /** The draft from YAML to the model (not the engine, but part of every check). */
    @Benchmark
    public Treaty loadYaml() throws Exception {
        return TreatyLoader.load(yaml, "synthetic.yaml");
    }
}
