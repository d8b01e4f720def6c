package org.treatycheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;

/**
 * Fuzzes the loader with Jazzer: whatever the bytes, loading ends in a treaty or in a load error
 * that lists at least one problem, each with a position. Any other exception or error (a crash, a
 * stack overflow, a problem without a position) and any input that takes seconds is a bug.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs as a regression test over the kept inputs in
 * {@code src/test/resources/org/treatycheck/fuzz/TreatyLoaderFuzzTestInputs/load/}: the shipped
 * drafts, the bad-draft catalog and every input that once found a bug. {@code mvn verify} fuzzes
 * for a minute; docs/fuzzing.md describes longer runs.
 */
class TreatyLoaderFuzzTest {

    /** Far more than any input of the fuzzer's size needs (a few milliseconds): longer means a hang. */
    private static final Duration PER_INPUT = Duration.ofSeconds(10);

    @DictionaryFile(resourcePath = "treaty.dict")
    @FuzzTest(maxDuration = "60s")
    void load(byte[] input) {
        // Per input, not per test: a JUnit @Timeout would bound the whole fuzzing run instead.
        assertTimeoutPreemptively(PER_INPUT, () -> loadOnce(input), "an input took seconds to load");
    }

    private static void loadOnce(byte[] input) {
        try {
            Treaty treaty = TreatyLoader.load(input, "fuzz.yaml");
            assertNotNull(treaty.id());
            assertFalse(treaty.clauses().isEmpty(), "a loaded treaty has clauses");
        } catch (TreatyLoadException e) {
            assertFalse(e.problems().isEmpty(), "a load error lists its problems");
            for (LoadProblem p : e.problems()) {
                assertTrue(p.line() >= 1 && p.column() >= 1, "a problem has a position: " + p);
                assertTrue(p.message() != null && !p.message().isBlank(), "a problem says what is wrong: " + p);
                assertNotNull(p.file());
            }
        }
    }
}
