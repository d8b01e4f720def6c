package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.model.FindingKind.CONFLICT;
import static org.treatycheck.model.FindingKind.GAP;
import static org.treatycheck.model.Severity.HIGH;
import static org.treatycheck.model.Severity.LOW;
import static org.treatycheck.model.Severity.MEDIUM;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreatyReportTest {

    private final TreatyReport report = ReportFixture.report().clauses(2)
            .rule(ReportFixture.ruleInfo("silent", LOW, GAP))
            .finding(MEDIUM, GAP, "b", "m", "1")
            .finding(HIGH, CONFLICT, "a", "m", "2")
            .finding(HIGH, CONFLICT, "a", "m2", "1")
            .build();

    @Test
    void worstFindingIsTheFirstOfTheMostSeriousSeverity() {
        assertEquals("m", report.worstFinding().orElseThrow().message());
        assertEquals("a", report.worstFinding().orElseThrow().rule());
        assertTrue(ReportFixture.report().build().worstFinding().isEmpty());
    }

    @Test
    void firedCountsListTheCatalogThenRulesMissingFromIt() {
        assertEquals(Map.of("silent", 0, "b", 1, "a", 2), report.firedCounts());
        assertEquals(List.of("silent", "b", "a"), List.copyOf(report.firedCounts().keySet()));
    }

    @Test
    void countsBySeverityAndKind() {
        FindingCounts c = report.counts();
        assertEquals(3, c.total());
        assertEquals(2, c.count(HIGH));
        assertEquals(2, c.count(HIGH, CONFLICT));
        assertEquals(1, c.count(GAP));
        assertEquals(0, c.count(LOW));
    }
}
