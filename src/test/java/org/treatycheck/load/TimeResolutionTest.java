package org.treatycheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Time;
import org.treatycheck.model.Treaty;

/** Time expressions resolve as treaty-format.md says: to days after signature where possible, else unbounded. */
class TimeResolutionTest {

    private static Treaty draft(String date, String clauses) throws TreatyLoadException {
        String header = Drafts.HEADER.replace("  title: Test draft\n", "  title: Test draft\n" + (date == null ? "" : "  date: " + date + "\n"));
        return Drafts.load(header + "clauses:\n" + clauses);
    }

    private static Time carriedOut(Treaty t, String id) {
        return t.clause(id).map(Clause::carriedOut).orElseThrow();
    }

    private static double days(Time t) {
        return t.daysAfterSignature().orElseThrow();
    }

    @Test
    void anUndatedDraftCountsYearsAs365DaysMonthsAs30AndWeeksAs7() throws Exception {
        Treaty t = draft(null, """
                  - { id: e, type: elections, party: UA, by: signature+P1Y2M3W4D }
                  - { id: m, type: martial_law, party: UA, ends: signature+PT72H }
                """);
        assertEquals(365 + 60 + 21 + 4, days(carriedOut(t, "e")));
        assertEquals(3, days(carriedOut(t, "m")));
    }

    @Test
    void aDatedDraftAddsDurationsInCalendarTerms() throws Exception {
        Treaty t = draft("2025-01-31", """
                  - { id: e, type: elections, party: UA, by: signature+P1M }
                  - { id: w, type: withdrawal, party: RU, from: Crimea, by: 2025-03-01 }
                """);
        assertEquals(28, days(carriedOut(t, "e")), "31 January + 1 month = 28 February");
        assertEquals(29, days(carriedOut(t, "w")));
        assertTrue(carriedOut(t, "e").isBefore(carriedOut(t, "w")));
    }

    @Test
    void clauseReferencesFollowTheDeadlineElseTheAt() throws Exception {
        Treaty t = draft(null, """
                  - { id: c, type: ceasefire, parties: [UA, RU], at: signature+P10D }
                  - { id: w, type: withdrawal, party: RU, from: Crimea, by: clause:c+P30D }
                  - { id: e, type: elections, party: UA, by: clause:w+P60D }
                  - { id: x, type: entry_into_force, at: signature+P5D }
                  - { id: m, type: martial_law, party: UA, ends: entry_into_force+P1D }
                """);
        assertEquals(40, days(carriedOut(t, "w")));
        assertEquals(100, days(carriedOut(t, "e")));
        assertEquals(6, days(carriedOut(t, "m")));
    }

    @Test
    void anythingThatDependsOnUnspecifiedIsUnboundedAndNeverBefore() throws Exception {
        Treaty t = draft(null, """
                  - { id: w, type: withdrawal, party: RU, from: Crimea, by: unspecified }
                  - { id: e, type: elections, party: UA, by: clause:w+P60D }
                  - { id: m, type: martial_law, party: UA, ends: signature+P1D }
                """);
        assertFalse(carriedOut(t, "e").bounded());
        assertFalse(carriedOut(t, "m").isBefore(carriedOut(t, "e")), "a bounded time is not before an unbounded one");
        assertFalse(carriedOut(t, "e").isBefore(carriedOut(t, "m")));
    }

    @Test
    void anIsoDateCannotBeOrderedAgainstARelativeTimeInAnUndatedDraft() throws Exception {
        Treaty t = draft(null, """
                  - { id: m, type: martial_law, party: UA, ends: 2020-01-01 }
                  - { id: e, type: elections, party: UA, by: signature+P100D }
                  - { id: f, type: elections, party: UA, by: 2020-06-01 }
                """);
        assertFalse(carriedOut(t, "m").isAtOrBefore(carriedOut(t, "e")));
        assertTrue(carriedOut(t, "m").isAtOrBefore(carriedOut(t, "f")), "two dates order fine");
    }

    @Test
    void anUndatedDraftAddsFixedLengthDurationsToAnIsoDateToo() throws Exception {
        Treaty t = draft(null, """
                  - { id: m, type: martial_law, party: UA, ends: 2025-01-31+P1M }
                  - { id: e, type: elections, party: UA, by: 2025-03-01 }
                """);
        assertEquals(java.time.LocalDate.of(2025, 3, 2), carriedOut(t, "m").date(), "31 January + 30 days");
        assertFalse(carriedOut(t, "m").isAtOrBefore(carriedOut(t, "e")));
    }

    @Test
    void aCycleOfClauseTimesIsALoadError() {
        List<String> problems = Drafts.problems(Drafts.HEADER + """
                clauses:
                  - { id: a, type: elections, party: UA, by: clause:b+P1D }
                  - { id: b, type: martial_law, party: UA, ends: clause:a }
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("wait for each other in a cycle: clause a -> clause b -> clause a"), problems.get(0));
    }

    @Test
    void badTimeExpressionsSayWhatIsExpected() {
        List<String> problems = Drafts.problems(Drafts.HEADER + """
                clauses:
                  - { id: a, type: elections, party: UA, by: next spring }
                  - { id: b, type: martial_law, party: UA, ends: signature+100D }
                  - { id: c, type: martial_law, party: UA, ends: clause:z }
                """);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'next spring' is not a time expression; expected signature"), problems.get(0));
        assertTrue(problems.get(1).contains("'signature+100D' is not a time expression"), problems.get(1));
        assertTrue(problems.get(2).contains("names clause 'z', which this file does not define"), problems.get(2));
    }
}
