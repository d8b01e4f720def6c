package org.treatycheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Severity;

/**
 * Reads a rule's metadata ({@code @severity}, {@code @kind}, {@code @title}, {@code @detects},
 * {@code @grounds}, {@code @message}) into a {@link RuleInfo}, or says what is missing.
 */
final class RuleMetadata {

    /** Every key a rule must declare. */
    static final List<String> REQUIRED = List.of("severity", "kind", "title", "detects", "grounds", "message");

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private RuleMetadata() {
    }

    /** The problems with this rule's id and metadata; empty when complete. */
    static List<String> problems(String id, Map<String, Object> meta) {
        List<String> problems = new ArrayList<>();
        if (!KEBAB.matcher(id).matches()) {
            problems.add("rule \"" + id + "\": the rule name is its id and must be kebab-case, like accession-contradicts-neutrality");
        }
        for (String key : REQUIRED) {
            Object value = meta.get(key);
            if (value == null || value.toString().isBlank()) {
                problems.add("rule \"" + id + "\" lacks @" + key + "(\"...\")");
            }
        }
        if (meta.get("severity") != null && parse(Severity.class, meta.get("severity")) == null) {
            problems.add("rule \"" + id + "\": @severity must be one of critical, high, medium, low, info");
        }
        if (meta.get("kind") != null && parse(FindingKind.class, meta.get("kind")) == null) {
            problems.add("rule \"" + id + "\": @kind must be one of conflict, consequence, gap");
        }
        if (problems.isEmpty()) {
            MessageTemplate template = new MessageTemplate(meta.get("message").toString());
            if (template.placeholders().isEmpty() && template.text().contains("{")) {
                problems.add("rule \"" + id + "\": @message has a malformed {placeholder}");
            }
        }
        return problems;
    }

    /** The metadata as a catalog entry; call only when {@link #problems} is empty. */
    static RuleInfo read(String id, Map<String, Object> meta, String source) {
        return new RuleInfo(id, parse(Severity.class, meta.get("severity")), parse(FindingKind.class, meta.get("kind")),
                text(meta, "title"), text(meta, "detects"), text(meta, "grounds"), text(meta, "message"), source);
    }

    private static String text(Map<String, Object> meta, String key) {
        return meta.get(key).toString().strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
