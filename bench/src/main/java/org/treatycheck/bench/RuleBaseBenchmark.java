package org.treatycheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.treatycheck.engine.RuleBase;

/**
 * Building the rule base from the rules folder: compiling the DRL (what a run after a rule edit
 * does), and loading the compiled rule base from the on-disk cache (what every other run does).
 * Steady state after warm-up; a cold process pays more (see bench/cold-runs.sh).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RuleBaseBenchmark {

    static Path rulesFolder() {
        return Path.of(System.getProperty("treatycheck.bench.rules", "rules"));
    }

    /** No cache: every load compiles. */
    @State(Scope.Benchmark)
    public static class Uncached {
        @Setup(Level.Trial)
        public void setUp() {
            System.setProperty("treatycheck.cache", "off");
        }
    }

    /** A cache in a fresh folder, filled once before measuring. */
    @State(Scope.Benchmark)
    public static class Cached {
        @Setup(Level.Trial)
        public void setUp() throws Exception {
            System.setProperty("treatycheck.cache.dir", Files.createTempDirectory("treatycheck-bench-cache").toString());
            RuleBase.load(rulesFolder());
        }
    }

    @Benchmark
    @Fork(1)
    public RuleBase compile(Uncached state) throws Exception {
        return RuleBase.load(rulesFolder());
    }

    @Benchmark
    @Fork(1)
    public RuleBase loadFromCache(Cached state) throws Exception {
        return RuleBase.load(rulesFolder());
    }
}
