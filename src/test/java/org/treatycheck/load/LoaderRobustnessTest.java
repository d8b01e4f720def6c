package org.treatycheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Treaty;

/**
 * Regression tests for loader bugs found while building the bad-input catalog and fuzzing: each
 * input used to crash, hang or overflow the stack. The catalog (src/test/resources/bad-drafts)
 * pins the messages of the others.
 */
class LoaderRobustnessTest {

    /** A draft with many clauses, each due a day after the next one: a chain 20,000 long. */
    @Test
    void aLongChainOfClauseTimesDoesNotOverflowTheStack() throws Throwable {
        int n = 20_000;
        StringBuilder s = new StringBuilder(Drafts.HEADER).append("clauses:\n");
        for (int i = 0; i < n; i++) {
            s.append("  - { id: c").append(i).append(", type: entry_into_force, at: clause:c").append(i + 1).append("+P1D }\n");
        }
        s.append("  - { id: c").append(n).append(", type: entry_into_force }\n");
        AtomicReference<Object> outcome = new AtomicReference<>();
        // A worker thread's default stack, as in the folder runs of `check`; the old recursive
        // resolver needed several frames per link and overflowed here.
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(Drafts.load(s.toString()));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "loader", 1024 * 1024);
        t.start();
        t.join();
        if (outcome.get() instanceof Throwable e) {
            throw e;
        }
        Clause first = ((Treaty) outcome.get()).clauses().get(0);
        assertEquals(n, first.header().at().daysAfterSignature().getAsDouble());
    }

    @Test
    void aTimeBeyondWhatCanBeCountedIsALoadErrorNotACrash() {
        // Undated: seconds after signature overflow 64 bits. Dated: past the calendar's last year.
        assertEquals(List.of("draft.yaml:13:61: 'clause:a+PT9223372036854775807S' is too far in the future to count with; "
                        + "write unspecified when the text sets no limit"),
                Drafts.problems(Drafts.HEADER + """
                        clauses:
                          - { id: a, type: martial_law, party: UA, ends: signature+PT9223372036854775807S }
                          - { id: b, type: settlement_talks, parties: [UA, RU], by: clause:a+PT9223372036854775807S }
                        """));
        assertEquals(List.of("draft.yaml:13:50: 'signature+P999999999Y' is too far in the future to count with; "
                        + "write unspecified when the text sets no limit"),
                Drafts.problems(Drafts.HEADER.replace("  title: Test draft\n", "  title: Test draft\n  date: 2025-02-20\n") + """
                        clauses:
                          - { id: a, type: martial_law, party: UA, ends: signature+P999999999Y }
                        """));
    }

    /**
     * Thousands of actors and thousands of references to actors that do not exist: every problem is
     * still listed, without hours of "did you mean" searching; and a list of thousands of ids is
     * not checked for duplicates pairwise.
     */
    @Test
    void manyIdsAndManyWrongReferencesLoadInLinearTime() {
        int n = 20_000;
        StringBuilder s = new StringBuilder("format: treatycheck/1\ntreaty: { id: big, title: Big }\nactors:\n");
        for (int i = 0; i < n; i++) {
            s.append("  A").append(i).append(": { name: x, kind: state, signatory: true }\n");
        }
        s.append("clauses:\n  - { id: all, type: ceasefire, parties: [");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append('A').append(i);
        }
        s.append("] }\n");
        for (int i = 0; i < n; i++) {
            s.append("  - { id: c").append(i).append(", type: force_limit, party: B").append(i).append(" }\n");
        }
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Drafts.problems(s.toString()));
        assertEquals(n, problems.size());
        assertTrue(problems.get(0).contains("names actor 'B0', which this file does not define"), problems.get(0));
    }

    @Test
    void aDeviceThatNeverEndsIsReadOnlyUpToTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        TreatyLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(TreatyLoadException.class, () -> TreatyLoader.load(zero)));
        assertEquals(List.of("/dev/zero:1:1: the file is over " + TreatyFormat.MAX_FILE_BYTES + " bytes; treaty files are limited to "
                + TreatyFormat.MAX_FILE_BYTES + " bytes"), e.problems().stream().map(LoadProblem::toString).toList());
    }
}
