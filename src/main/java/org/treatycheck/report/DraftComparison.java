package org.treatycheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Treaty;

/**
 * What changed between two drafts: findings new, resolved and persisting, and clauses added,
 * removed, renumbered and changed (field by field).
 *
 * <p>Clauses are matched first by id, then, among the rest, by content (type and fields, with
 * times compared by value), so that a renumbered article is recognised. Findings are matched by
 * rule and by the matched clauses they name, so a finding about a renumbered or reworded article
 * persists instead of showing as resolved and new.
 */
public final class DraftComparison {

    /** How a finding fared between the drafts. */
    public enum FindingStatus { NEW, RESOLVED, PERSISTING }

    /** How a clause fared between the drafts. */
    public enum ClauseStatus { ADDED, REMOVED, RENUMBERED, CHANGED }

    /** A finding with its status; for a persisting finding, the one from the new draft. */
    public record FindingChange(FindingStatus status, Finding finding) {
    }

    /** One field of a clause that differs, or a whole clause added or removed (field null). */
    public record ClauseChange(ClauseStatus status, String oldId, String newId, String field, String oldValue, String newValue) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .addMixIn(org.treatycheck.model.Time.class, TimeWithoutDate.class)
            .addMixIn(org.treatycheck.model.YamlEnum.class, EnumAsWritten.class);

    /** Enum values as written in treaty files ({@code constitution}), not as Java names. */
    private abstract static class EnumAsWritten {
        @com.fasterxml.jackson.annotation.JsonValue
        abstract String yamlName();
    }

    /** A time's calendar date is only for messages; its value is what compares. */
    private abstract static class TimeWithoutDate {
        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract java.time.LocalDate date();
    }

    private final Treaty oldDraft;
    private final Treaty newDraft;
    private final List<FindingChange> findings;
    private final List<ClauseChange> clauses;

    private DraftComparison(Treaty oldDraft, Treaty newDraft, List<FindingChange> findings, List<ClauseChange> clauses) {
        this.oldDraft = oldDraft;
        this.newDraft = newDraft;
        this.findings = List.copyOf(findings);
        this.clauses = List.copyOf(clauses);
    }

    /** Compares two checked drafts. */
    public static DraftComparison of(Treaty oldDraft, List<Finding> oldFindings, Treaty newDraft, List<Finding> newFindings) {
        Map<String, String> oldContent = contents(oldDraft);
        Map<String, String> newContent = contents(newDraft);
        Map<String, String> identity = new HashMap<>();
        List<ClauseChange> clauses = compareClauses(oldDraft, newDraft, oldContent, newContent, identity);
        List<FindingChange> findings = new ArrayList<>();
        Map<String, List<Finding>> unmatchedOld = new LinkedHashMap<>();
        for (Finding f : oldFindings) {
            unmatchedOld.computeIfAbsent(key(f, null), k -> new ArrayList<>()).add(f);
        }
        for (Finding f : newFindings) {
            List<Finding> same = unmatchedOld.get(key(f, identity));
            if (same != null && !same.isEmpty()) {
                same.remove(0);
                findings.add(new FindingChange(FindingStatus.PERSISTING, f));
            } else {
                findings.add(new FindingChange(FindingStatus.NEW, f));
            }
        }
        unmatchedOld.values().forEach(rest -> rest.forEach(f -> findings.add(new FindingChange(FindingStatus.RESOLVED, f))));
        findings.sort(java.util.Comparator.comparing(FindingChange::status));
        return new DraftComparison(oldDraft, newDraft, findings, clauses);
    }

    /**
     * Matches clauses (same id, else same content) and lists what changed; {@code identity} receives,
     * for each matched new clause id, the old clause id it continues.
     */
    private static List<ClauseChange> compareClauses(Treaty oldDraft, Treaty newDraft, Map<String, String> oldContent,
            Map<String, String> newContent, Map<String, String> identity) {
        List<ClauseChange> changes = new ArrayList<>();
        Map<String, Clause> oldById = new LinkedHashMap<>();
        oldDraft.clauses().forEach(c -> oldById.put(c.id(), c));
        List<Clause> unmatchedNew = new ArrayList<>();
        for (Clause c : newDraft.clauses()) {
            Clause before = oldById.remove(c.id());
            if (before == null) {
                unmatchedNew.add(c);
            } else {
                identity.put(c.id(), before.id());
                fieldChanges(ClauseStatus.CHANGED, before, c, changes);
            }
        }
        // What is left on both sides: a clause whose content is unchanged but whose id is new was renumbered.
        Map<String, List<Clause>> oldByContent = new HashMap<>();
        oldById.values().forEach(c -> oldByContent.computeIfAbsent(oldContent.get(c.id()), k -> new ArrayList<>()).add(c));
        for (Clause c : unmatchedNew) {
            List<Clause> same = oldByContent.get(newContent.get(c.id()));
            if (same != null && !same.isEmpty()) {
                Clause before = same.remove(0);
                oldById.remove(before.id());
                identity.put(c.id(), before.id());
                changes.add(new ClauseChange(ClauseStatus.RENUMBERED, before.id(), c.id(), "id", before.id(), c.id()));
                fieldChanges(ClauseStatus.RENUMBERED, before, c, changes);
            } else {
                changes.add(new ClauseChange(ClauseStatus.ADDED, null, c.id(), null, null, c.header().type()));
            }
        }
        oldById.values().forEach(c -> changes.add(new ClauseChange(ClauseStatus.REMOVED, c.id(), null, null, c.header().type(), null)));
        return changes;
    }

    private static void fieldChanges(ClauseStatus status, Clause before, Clause after, List<ClauseChange> out) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        TreeSet<String> fields = new TreeSet<>(a.keySet());
        fields.addAll(b.keySet());
        for (String field : fields) {
            if (field.equals("header.index") || field.equals("header.line") || field.equals("header.id")) {
                continue;
            }
            String x = a.get(field);
            String y = b.get(field);
            if (!java.util.Objects.equals(x, y)) {
                out.add(new ClauseChange(status, before.id(), after.id(), field, x, y));
            }
        }
    }

    /** Each clause's content: its fields without id, position and wording, with times by value. */
    private static Map<String, String> contents(Treaty t) {
        Map<String, String> out = new HashMap<>();
        for (Clause c : t.clauses()) {
            ObjectNode node = JSON.valueToTree(c);
            ObjectNode header = (ObjectNode) node.remove("header");
            node.put("type", header.get("type").asText());
            node.set("at", header.get("at"));
            stripExpressions(node);
            out.put(c.id(), node.toString());
        }
        return out;
    }

    /** Times are compared by value: the expression may name a renumbered clause. */
    private static void stripExpressions(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("form") && o.has("expression")) {
                o.remove("expression");
            }
            o.forEach(DraftComparison::stripExpressions);
        } else if (node.isArray()) {
            node.forEach(DraftComparison::stripExpressions);
        }
    }

    private static Map<String, String> flatten(Clause c) {
        Map<String, String> out = new java.util.TreeMap<>();
        flatten("", JSON.valueToTree(c), out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node instanceof ObjectNode o && o.has("form") && o.has("expression")) {
            out.put(prefix, o.get("expression").asText());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (!node.isNull()) {
            out.put(prefix, node.isTextual() ? node.asText() : node.toString());
        }
    }

    /**
     * A finding's identity across drafts: its rule and the clauses it names, each new clause read as
     * the old clause it continues ({@code identity}; null for the old draft itself).
     */
    private static String key(Finding f, Map<String, String> identity) {
        List<String> parts = new ArrayList<>();
        f.clauses().forEach(id -> parts.add(identity == null ? id : identity.getOrDefault(id, "\u0001new " + id)));
        java.util.Collections.sort(parts);
        return f.rule() + "\u0000" + String.join("\u0000", parts);
    }

    public Treaty oldDraft() {
        return oldDraft;
    }

    public Treaty newDraft() {
        return newDraft;
    }

    /** Findings: new, then resolved, then persisting... in status order, each in report order. */
    public List<FindingChange> findings() {
        return findings;
    }

    /** Clause changes in the new draft's order, then removed clauses. */
    public List<ClauseChange> clauses() {
        return clauses;
    }

    /** How many findings have this status. */
    public long count(FindingStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /** How many distinct clauses have this status. */
    public long count(ClauseStatus status) {
        return clauses.stream().filter(c -> c.status() == status).map(c -> c.oldId() + "\u0000" + c.newId()).distinct().count();
    }

    /** The one-line console summary. */
    public String summary() {
        return "findings: " + count(FindingStatus.NEW) + " new, " + count(FindingStatus.RESOLVED) + " resolved, "
                + count(FindingStatus.PERSISTING) + " persisting; clauses: " + count(ClauseStatus.ADDED) + " added, "
                + count(ClauseStatus.REMOVED) + " removed, " + count(ClauseStatus.RENUMBERED) + " renumbered, "
                + count(ClauseStatus.CHANGED) + " changed";
    }
}
