package org.treatycheck.report;

import java.util.List;
import org.treatycheck.model.Finding;

/**
 * One draft of a folder run, as the index workbook lists it: checked (with its counts, worst finding
 * and report) or not loaded (with its errors).
 *
 * @param file     the draft file as named on the command line
 * @param treatyId the treaty id, or null when the draft did not load
 * @param title    the treaty title, or null
 * @param counts   the findings by severity and kind; null when the draft did not load
 * @param worst    the most serious finding, or null
 * @param report   the report's file name, relative to the index (same folder), or null
 * @param errors   why the draft was not checked; empty when it was
 */
public record IndexEntry(String file, String treatyId, String title, FindingCounts counts, Finding worst, String report,
        List<String> errors) {

    public IndexEntry {
        errors = List.copyOf(errors);
    }

    /** A draft that was checked. */
    public static IndexEntry checked(String file, TreatyReport report, String reportName) {
        return new IndexEntry(file, report.treaty().id(), report.treaty().title(), report.counts(),
                report.worstFinding().orElse(null), reportName, List.of());
    }

    /** A draft that was not checked. */
    public static IndexEntry failed(String file, List<String> errors) {
        return new IndexEntry(file, null, null, null, null, null, errors);
    }
}
