package org.treatycheck.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatycheck.model.Clause;
import org.treatycheck.model.ClauseHeader;
import org.treatycheck.model.Clauses;
import org.treatycheck.model.Finding;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.Modality;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Time;
import org.treatycheck.model.Treaty;
import org.treatycheck.model.TreatyStatus;

/**
 * Builds reports from model records for the tests: clauses are generic obligations, and every rule
 * a finding names gets a catalog entry unless one was given.
 */
final class ReportFixture {

    static final Instant GENERATED_AT = Instant.parse("2026-11-22T10:15:30Z");
    static final RunInfo RUN = new RunInfo("0.1.0", "sha256:abc123", GENERATED_AT);

    private String id = "minsk-3";
    private String title = "Draft Agreement on the Cessation of Hostilities";
    private String draft = "v2";
    private LocalDate date = LocalDate.of(2026, 3, 1);
    private final List<Clause> clauses = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    static ReportFixture report() {
        return new ReportFixture();
    }

    ReportFixture title(String value) {
        this.title = value;
        return this;
    }

    /** No draft label and no date, as in an early undated text. */
    ReportFixture undated() {
        this.draft = null;
        this.date = null;
        return this;
    }

    ReportFixture clause(String clauseId, String text) {
        return clause(clauseId, "Article " + clauseId, text);
    }

    ReportFixture clause(String clauseId, String clauseTitle, String text) {
        ClauseHeader h = new ClauseHeader(clauseId, clauses.size(), "obligation", clauseTitle, text, null,
                Time.SIGNATURE, 10 + clauses.size());
        clauses.add(new Clauses.Obligation(h, "UA", Modality.MUST, "do", "something", null));
        return this;
    }

    /** Clauses "1" to "n" with short texts. */
    ReportFixture clauses(int n) {
        for (int i = 1; i <= n; i++) {
            clause(Integer.toString(i), "Text of article " + i + ".");
        }
        return this;
    }

    ReportFixture finding(Severity severity, FindingKind kind, String rule, String message, String... clauseIds) {
        findings.add(new Finding(rule, severity, kind, Arrays.asList(clauseIds), List.of("UA", "RU"),
                List.of("Crimea"), message));
        return this;
    }

    /** {@code n} findings of one rule, most serious first, each naming two of the clauses "1" to "10". */
    ReportFixture findings(int n) {
        for (int i = 0; i < n; i++) {
            Severity s = Severity.values()[i * Severity.values().length / n];
            finding(s, FindingKind.CONFLICT, "rule-" + s.yamlName(), "Finding number " + i,
                    Integer.toString(1 + i % 10), Integer.toString(1 + (i + 3) % 10));
        }
        return this;
    }

    ReportFixture rule(RuleInfo info) {
        rules.put(info.id(), info);
        return this;
    }

    static RuleInfo ruleInfo(String ruleId, Severity severity, FindingKind kind) {
        return new RuleInfo(ruleId, severity, kind, "Title of " + ruleId, "What " + ruleId + " detects",
                "Grounds of " + ruleId, "Message of {clause}", "rules/" + ruleId + ".drl");
    }

    TreatyReport build() {
        Map<String, RuleInfo> catalog = new LinkedHashMap<>(rules);
        for (Finding f : findings) {
            catalog.computeIfAbsent(f.rule(), r -> ruleInfo(r, f.severity(), f.kind()));
        }
        Treaty treaty = new Treaty(id, title, draft, date, TreatyStatus.DRAFT, "Negotiators' text",
                Map.of(), Map.of(), clauses, "drafts/" + id + ".yaml");
        return new TreatyReport(treaty, findings, new ArrayList<>(catalog.values()), RUN);
    }
}
