package org.treatycheck.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.model.Severity;
import org.treatycheck.report.RunInfo;
import picocli.CommandLine.Option;

/**
 * What the commands that write reports share ({@code check}, {@code diff}): the output folder, the
 * {@code --fail-on} threshold, the facts about the run a report records, and how a failed write
 * is told to the user.
 */
final class ReportOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
            description = "Where reports are written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a finding (of the new draft, for diff) is at least this serious: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    /** True when the result holds a finding at or above {@code --fail-on}. */
    boolean failing(CheckResult result) {
        return result.countAtLeast(failOn) > 0;
    }

    /** Version, rule-set hash and time of this run, as every report records them. */
    static RunInfo runInfo(RuleBase rules) {
        return new RunInfo(Version.get(), rules.fingerprint(), generatedAt());
    }

    /** Honours SOURCE_DATE_EPOCH so that reports can be reproduced byte for byte. */
    static Instant generatedAt() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Why a report could not be written, in words: "permission denied (...)", "Not a directory (...)". */
    static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + m + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
