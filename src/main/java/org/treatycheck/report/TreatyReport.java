package org.treatycheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatycheck.model.Finding;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Treaty;

/**
 * Everything a renderer needs about one check.
 *
 * @param treaty   the draft that was checked
 * @param findings the findings, already sorted most serious first; renderers keep this order
 * @param rules    the rule catalog used for the check, in the order to show it
 * @param run      tool version, rule-set hash and timestamp
 */
public record TreatyReport(Treaty treaty, List<Finding> findings, List<RuleInfo> rules, RunInfo run) {

    public TreatyReport {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(run, "run");
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    /** Findings counted by severity and kind. */
    public FindingCounts counts() {
        return FindingCounts.of(findings);
    }

    /** The most serious finding (the first one among equals), if there is any. */
    public Optional<Finding> worstFinding() {
        Finding worst = null;
        for (Finding f : findings) {
            if (worst == null || f.severity().compareTo(worst.severity()) < 0) {
                worst = f;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The catalog keyed by rule id, in catalog order (the first entry wins for a repeated id). */
    public Map<String, RuleInfo> rulesById() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.putIfAbsent(r.id(), r));
        return byId;
    }

    /**
     * How many times each rule fired: every catalog rule (0 when silent), in catalog order, then any
     * rule that fired but is missing from the catalog, in order of first finding.
     */
    public Map<String, Integer> firedCounts() {
        Map<String, Integer> fired = new LinkedHashMap<>();
        rules.forEach(r -> fired.putIfAbsent(r.id(), 0));
        findings.forEach(f -> fired.merge(f.rule(), 1, Integer::sum));
        return fired;
    }
}
