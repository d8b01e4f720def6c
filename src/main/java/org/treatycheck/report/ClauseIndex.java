package org.treatycheck.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;

/**
 * Where each clause sits in the document and what the findings say about it: how many name it,
 * the worst severity among them and the first one (the row a link points to). Computed once per
 * workbook, in one pass over the findings.
 */
final class ClauseIndex {

    private final List<Clause> clauses;
    private final Map<String, Integer> position = new HashMap<>();
    private final int[] findings;
    private final Severity[] worst;
    private final int[] firstFinding;
    /** Ids named by findings that the treaty lacks, in order of first mention. */
    private final Set<String> unknown = new LinkedHashSet<>();
    private int linkableFindings;
    private int namedCount;

    private ClauseIndex(List<Clause> clauses) {
        this.clauses = clauses;
        for (int i = 0; i < clauses.size(); i++) {
            position.putIfAbsent(clauses.get(i).id(), i);
        }
        findings = new int[clauses.size()];
        worst = new Severity[clauses.size()];
        firstFinding = new int[clauses.size()];
        Arrays.fill(firstFinding, -1);
    }

    static ClauseIndex of(TreatyReport report) {
        ClauseIndex index = new ClauseIndex(report.treaty().clauses());
        List<Finding> all = report.findings();
        for (int f = 0; f < all.size(); f++) {
            Finding finding = all.get(f);
            boolean linkable = false;
            // distinct: a finding naming a clause twice still counts once
            for (String id : new LinkedHashSet<>(finding.clauses())) {
                linkable |= index.count(id, f, finding.severity());
            }
            if (linkable) {
                index.linkableFindings++;
            }
        }
        return index;
    }

    /** @return whether the treaty has this clause */
    private boolean count(String id, int finding, Severity severity) {
        Integer p = position.get(id);
        if (p == null) {
            unknown.add(id);
            return false;
        }
        if (findings[p]++ == 0) {
            namedCount++;
        }
        worst[p] = worst[p] == null ? severity : Severity.worst(worst[p], severity);
        if (firstFinding[p] < 0) {
            firstFinding[p] = finding;
        }
        return true;
    }

    /** Findings naming at least one clause of the treaty: those whose Clauses cell gets a link. */
    int linkableFindings() {
        return linkableFindings;
    }

    /** Clauses of the treaty named by at least one finding: those linking back to a finding. */
    int namedCount() {
        return namedCount;
    }

    /** The treaty's clauses in document order. */
    List<Clause> clauses() {
        return clauses;
    }

    /** Position of the clause in the document, from 0, or -1 when the treaty has no such clause. */
    int position(String id) {
        return position.getOrDefault(id, -1);
    }

    /** Findings naming the clause at this position. */
    int findings(int pos) {
        return findings[pos];
    }

    /** Worst severity of the findings naming the clause at this position, or null. */
    Severity worst(int pos) {
        return worst[pos];
    }

    /** Index of the first finding naming the clause at this position, or -1. */
    int firstFinding(int pos) {
        return firstFinding[pos];
    }

    /** Ids named by at least one finding: the treaty's in document order, then unknown ones. */
    List<String> named() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (findings[i] > 0) {
                ids.add(clauses.get(i).id());
            }
        }
        ids.addAll(unknown);
        return ids;
    }
}
