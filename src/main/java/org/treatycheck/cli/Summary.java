package org.treatycheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;

/** The one-line console summary of a checked draft. */
final class Summary {

    private Summary() {
    }

    /** {@code treaties/x.yaml: 5 findings (1 critical, 3 high, 1 medium) -> reports/x.xlsx}. */
    static String line(Path file, CheckResult result, List<Path> written) {
        List<Finding> findings = result.findings();
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                parts.add(n + " " + s.yamlName());
            }
        }
        String counts = findings.isEmpty() ? "no findings"
                : findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + " (" + String.join(", ", parts) + ")";
        String to = written.isEmpty() ? "" : " -> " + String.join(", ", written.stream().map(Path::toString).toList());
        return file + ": " + counts + to;
    }
}
