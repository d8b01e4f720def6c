package org.treatycheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;
import org.treatycheck.model.Finding;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Treaty;

/**
 * The one channel through which findings leave a session. Rules reach it as the DRL global
 * {@code findings} and call {@code findings.report(drools)...emit()}.
 *
 * <p>There is one finding per rule and set of clause ids: when the same set matches several times,
 * the matches merge (actors and territories united, the most serious severity kept, the message of
 * the first match kept).
 */
public final class FindingCollector {

    private final Map<String, RuleInfo> rules;
    private final Map<String, Integer> clauseOrder;
    private final Map<Key, Finding> findings = new LinkedHashMap<>();

    FindingCollector(Map<String, RuleInfo> rules, Treaty treaty) {
        this.rules = rules;
        this.clauseOrder = new java.util.HashMap<>();
        treaty.clauses().forEach(c -> clauseOrder.put(c.id(), c.index()));
    }

    /** Starts a finding for the rule whose consequence is running. */
    public FindingBuilder report(RuleContext context) {
        String ruleId = context.getRule().getName();
        RuleInfo info = rules.get(ruleId);
        if (info == null) {
            throw new IllegalStateException("rule " + ruleId + " has no metadata");
        }
        return new FindingBuilder(info, this);
    }

    /** Clause ids once each, in document order, as a finding names them. */
    List<String> inDocumentOrder(List<String> clauseIds) {
        List<String> ordered = new ArrayList<>(new LinkedHashSet<>(clauseIds));
        ordered.sort(Comparator.comparingInt(id -> clauseOrder.getOrDefault(id, Integer.MAX_VALUE)));
        return ordered;
    }

    /** Takes a finding whose clauses are {@linkplain #inDocumentOrder in document order}. */
    void accept(Finding finding) {
        findings.merge(new Key(finding.rule(), finding.clauses()), finding, FindingCollector::merge);
    }

    private static Finding merge(Finding first, Finding next) {
        return new Finding(first.rule(), org.treatycheck.model.Severity.worst(first.severity(), next.severity()),
                first.kind(), first.clauses(), union(first.actors(), next.actors()),
                union(first.territories(), next.territories()), first.message());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** What the session found, in order of emission. */
    List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    private record Key(String rule, List<String> clauses) {
    }
}
