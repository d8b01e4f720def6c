package org.treatycheck.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Facts about the run that produced a report. The timestamp is supplied by the caller, never read
 * from the clock here, so that the same run gives the same report (reproducible builds set it from
 * {@code SOURCE_DATE_EPOCH}).
 *
 * @param toolVersion the treatycheck version
 * @param ruleSetHash a hash of the rule files used, so two reports can be told apart by rule set
 * @param generatedAt when the report was generated
 */
public record RunInfo(String toolVersion, String ruleSetHash, Instant generatedAt) {

    public RunInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(ruleSetHash, "ruleSetHash");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
