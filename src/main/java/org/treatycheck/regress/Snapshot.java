package org.treatycheck.regress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatycheck.model.Finding;

/**
 * The expected findings of a shipped draft, kept next to it as {@code <draft>.findings.txt}: one
 * readable line per finding (severity, rule, clauses, actors, territories; never the prose
 * message), in report order. {@code treatycheck test --update} rewrites it after a deliberate
 * change, so that the version-control diff shows what changed.
 */
public final class Snapshot {

    /** The suffix of snapshot files. */
    public static final String SUFFIX = ".findings.txt";

    private Snapshot() {
    }

    /** Where the snapshot of {@code draft} lives. */
    public static Path pathFor(Path draft) {
        String name = draft.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return draft.resolveSibling(name + SUFFIX);
    }

    /** One finding as a snapshot line. */
    public static String line(Finding f) {
        return String.format("%-8s %s [%s] actors [%s] territories [%s]", f.severity().yamlName(), f.rule(),
                String.join(", ", f.clauses()), String.join(", ", f.actors().stream().sorted().toList()),
                String.join(", ", f.territories().stream().sorted().toList())).strip();
    }

    /** The snapshot text for these findings. */
    public static String render(Path draft, List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        s.append("# Expected findings of ").append(draft.getFileName()).append(": severity, rule, clauses, actors, territories.\n");
        s.append("# Checked by `treatycheck test`; rewrite with `treatycheck test --update` and review the diff.\n");
        findings.forEach(f -> s.append(line(f)).append('\n'));
        return s.toString();
    }

    /** The finding lines of a snapshot file, without comments and blank lines; null when there is none. */
    public static List<String> read(Path snapshot) throws IOException {
        if (!Files.exists(snapshot)) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(snapshot, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                lines.add(l.replaceAll("\\s+", " "));
            }
        }
        return lines;
    }

    /** The diff of expected and actual snapshot lines, {@code -} missing, {@code +} new; empty when equal. */
    public static List<String> diff(List<String> expected, List<Finding> actual) {
        List<String> actualLines = actual.stream().map(f -> line(f).replaceAll("\\s+", " ")).toList();
        List<String> diff = new ArrayList<>();
        List<String> left = new ArrayList<>(actualLines);
        for (String e : expected) {
            if (!left.remove(e)) {
                diff.add("- " + e);
            }
        }
        left.forEach(a -> diff.add("+ " + a));
        return diff;
    }
}
