package org.treatycheck.report;

import java.util.Collection;
import org.treatycheck.model.Finding;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.Severity;

/** Findings counted by severity and kind: the table of the Summary sheet and JSON {@code counts}. */
public final class FindingCounts {

    private final int[][] counts = new int[Severity.values().length][FindingKind.values().length];
    private int total;

    private FindingCounts() {
    }

    /** Counts these findings. */
    public static FindingCounts of(Collection<Finding> findings) {
        FindingCounts c = new FindingCounts();
        for (Finding f : findings) {
            c.counts[f.severity().ordinal()][f.kind().ordinal()]++;
            c.total++;
        }
        return c;
    }

    /** Findings of this severity and kind. */
    public int count(Severity severity, FindingKind kind) {
        return counts[severity.ordinal()][kind.ordinal()];
    }

    /** Findings of this severity, any kind. */
    public int count(Severity severity) {
        int n = 0;
        for (int k : counts[severity.ordinal()]) {
            n += k;
        }
        return n;
    }

    /** Findings of this kind, any severity. */
    public int count(FindingKind kind) {
        int n = 0;
        for (int[] row : counts) {
            n += row[kind.ordinal()];
        }
        return n;
    }

    /** All findings. */
    public int total() {
        return total;
    }
}
