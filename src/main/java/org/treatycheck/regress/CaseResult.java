package org.treatycheck.regress;

import java.util.List;
import org.treatycheck.model.Finding;

/**
 * The outcome of one regression case (a rule case or a draft snapshot).
 *
 * @param suite       the rule id, or "snapshot"
 * @param name        the case's display name
 * @param file        the file that defines the case, with its line
 * @param differences empty when the case passed; otherwise lines of a diff, {@code - expected} and
 *                    {@code + actual}, or the load error
 * @param findings    the findings that counted for the case (of the rule under test, or all of a draft)
 */
public record CaseResult(String suite, String name, String file, List<String> differences, List<Finding> findings) {

    public CaseResult {
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
    }

    /** True when the case passed. */
    public boolean passed() {
        return differences.isEmpty();
    }
}
