package org.treatycheck.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Validates YAML nodes against the format table and converts them to {@link Values}. It reports
 * every problem it meets and goes on, so that one load lists all mistakes in a file.
 */
final class Binder {

    /** The ids a file defines, against which references are checked. */
    record Refs(Set<String> actors, Set<String> territories, Set<String> clauses) {
    }

    /** What an explicit {@code !!int} may tag, and what a quoted whole number looks like. */
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*");

    /** What a quoted number looks like. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    /**
     * How many names "did you mean" hints may compare in one file. A file with thousands of ids and
     * thousands of wrong references would otherwise take hours to list its problems.
     */
    private static final long HINT_COMPARISONS = 1_000_000;

    private final Problems problems;
    private final Refs refs;
    private final Map<Set<String>, List<String>> sortedIds = new java.util.IdentityHashMap<>();
    private long hintComparisons = HINT_COMPARISONS;

    Binder(Problems problems, Refs refs) {
        this.problems = problems;
        this.refs = refs;
    }

    /** A "did you mean" hint within the file's budget of comparisons. */
    private String hint(String wrong, java.util.Collection<String> candidates) {
        boolean search = candidates.size() <= hintComparisons;
        if (search) {
            hintComparisons -= candidates.size();
        }
        return Suggestions.hint(wrong, candidates, search);
    }

    /** The ids of a set in alphabetical order, sorted once per file. */
    private List<String> sorted(Set<String> ids) {
        return sortedIds.computeIfAbsent(ids, s -> s.stream().sorted().toList());
    }

    /** Binds a mapping; null when the node is not a mapping (reported). */
    Values object(Node node, ObjectSpec spec) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, spec.name() + " must be a mapping of fields (" + String.join(", ", spec.fieldNames())
                    + "), not " + describe(node));
            return null;
        }
        Values values = new Values(node);
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple.getKeyNode());
            if (key == null) {
                continue;
            }
            if (!seen.add(key)) {
                problems.at(tuple.getKeyNode(), "'" + key + "' appears twice in " + spec.name());
                continue;
            }
            var field = spec.field(key);
            if (field.isEmpty() && key.equals("<<") && tuple.getKeyNode() instanceof ScalarNode k
                    && k.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
                problems.at(tuple.getKeyNode(), "YAML merge keys ('<<') are not supported in " + spec.name()
                        + "; write the fields out");
                continue;
            }
            if (field.isEmpty()) {
                problems.at(tuple.getKeyNode(), "unknown field '" + key + "' in " + spec.name()
                        + hint(key, spec.fieldNames()));
                continue;
            }
            if (isNull(tuple.getValueNode())) {
                if (field.get().required()) {
                    problems.at(tuple.getValueNode(), "'" + key + "' in " + spec.name() + " needs a value");
                }
                continue;
            }
            Object value = value(tuple.getValueNode(), field.get(), spec);
            if (field.get().required() && value instanceof String text && text.isBlank()) {
                problems.at(tuple.getValueNode(), "'" + key + "' in " + spec.name() + " needs a value, not blank text");
                continue;
            }
            if (value != null) {
                values.put(key, value, tuple.getValueNode());
            }
        }
        for (FieldSpec f : spec.fields()) {
            if (f.required() && !seen.contains(f.name())) {
                problems.at(node, spec.name() + " lacks the required field '" + f.name() + "' (" + f.description() + ")");
            }
        }
        return values;
    }

    /** Binds one item of a union list: reads the discriminator first, then the variant's fields. */
    Values variant(Node node, UnionSpec union) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, "each " + union.itemName() + " must be a mapping with a '" + union.discriminator()
                    + "' field, not " + describe(node));
            return null;
        }
        Node discriminator = null;
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(union.discriminator())) {
                discriminator = t.getValueNode();
            }
        }
        if (discriminator == null || isNull(discriminator)) {
            problems.at(node, "this " + union.itemName() + " lacks the required field '" + union.discriminator()
                    + "' (one of: " + String.join(", ", union.variants().keySet()) + ")");
            return null;
        }
        String name = scalar(discriminator, union.discriminator());
        if (name == null) {
            return null;
        }
        if (!union.variants().containsKey(name)) {
            problems.at(discriminator, "unknown " + union.itemName() + " " + union.discriminator() + " '" + name + "'"
                    + hint(name, union.variants().keySet()));
            return null;
        }
        return object(node, union.variant(name));
    }

    private Object value(Node node, FieldSpec field, ObjectSpec owner) {
        String where = "'" + field.name() + "' in " + owner.name();
        return switch (field.type()) {
            case TEXT -> text(node, field, where);
            case BOOL -> bool(node, where);
            case INT -> integer(node, where);
            case NUMBER -> number(node, where);
            case DATE -> date(node, where);
            case ENUM -> enumValue(node, field, where);
            case ENUM_LIST -> enumList(node, field, where);
            case ACTOR -> reference(node, refs.actors(), "actor", where);
            case ACTORS -> idList(node, field, refs.actors(), "actor", where);
            case ACTOR_OR_KEYWORD -> actorOrKeyword(node, field, where);
            case TERRITORY -> reference(node, refs.territories(), "territory", where);
            case TERRITORIES -> {
                IdList list = idList(node, field, refs.territories(), "territory", where);
                yield list == null ? null : list.ids();
            }
            case CLAUSES -> idList(node, field, refs.clauses(), "clause", where);
            case TIME -> time(node, where);
            case DURATION -> duration(node, where);
            case OBJECT -> object(node, field.object());
            case MAP -> map(node, field, where);
            case UNION_LIST -> unionList(node, field, where);
        };
    }

    private String text(Node node, FieldSpec field, String where) {
        String s = scalar(node, where);
        if (s != null && field.pattern() != null && !field.pattern().matcher(s).matches()) {
            problems.at(node, where + ": '" + s + "' does not match " + field.pattern().pattern());
            return null;
        }
        return s;
    }

    private Boolean bool(Node node, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        // An explicit !!bool tag may stand before any text: only true and false are booleans.
        if (node.getTag().equals(Tag.BOOL) && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s.toLowerCase(java.util.Locale.ROOT));
        }
        problems.at(node, where + " must be true or false, not '" + s + "'"
                + (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") ? quoted(node) : ""));
        return null;
    }

    private Integer integer(Node node, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        try {
            // An explicit !!int tag may stand before any text: only decimal digits are whole numbers.
            if (node.getTag().equals(Tag.INT) && WHOLE_NUMBER.matcher(s).matches()) {
                return Integer.valueOf(s.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            problems.at(node, where + " must be a whole number that fits in 32 bits, not '" + s + "'");
            return null;
        }
        problems.at(node, where + " must be a whole number, not '" + s + "'" + (WHOLE_NUMBER.matcher(s).matches() ? quoted(node) : ""));
        return null;
    }

    private Double number(Node node, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        if (node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT)) {
            try {
                double d = Double.parseDouble(s.replace("_", ""));
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.at(node, where + " must be a number, not '" + s + "'" + (NUMBER.matcher(s).matches() ? quoted(node) : ""));
        return null;
    }

    private LocalDate date(Node node, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.at(node, where + " must be an ISO date like 2025-02-20, not '" + s + "'");
            return null;
        }
    }

    private String enumValue(Node node, FieldSpec field, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        if (!field.keywords().contains(s)) {
            problems.at(node, where + ": unknown value '" + s + "'" + hint(s, field.keywords()));
            return null;
        }
        return s;
    }

    private List<String> enumList(Node node, FieldSpec field, String where) {
        List<String> out = new ArrayList<>();
        for (Node item : items(node)) {
            String v = enumValue(item, field, where);
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private String reference(Node node, Set<String> defined, String what, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        if (!defined.contains(s)) {
            problems.at(node, where + " names " + what + " '" + s + "', which this file does not define"
                    + hint(s, sorted(defined)));
            return null;
        }
        return s;
    }

    private String actorOrKeyword(Node node, FieldSpec field, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        if (field.keywords().contains(s)) {
            return s;
        }
        if (!refs.actors().contains(s)) {
            List<String> actors = sorted(refs.actors());
            List<String> options = new ArrayList<>(field.keywords());
            if (actors.size() <= hintComparisons) {
                options.addAll(actors);
            }
            problems.at(node, where + ": '" + s + "' is neither " + String.join(", ", field.keywords())
                    + " nor an actor this file defines" + hint(s, options));
            return null;
        }
        return s;
    }

    private IdList idList(Node node, FieldSpec field, Set<String> defined, String what, String where) {
        if (node instanceof ScalarNode scalar && field.keywords().contains(scalar.getValue())) {
            return new IdList(true, List.of());
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        boolean ok = true;
        for (Node item : items(node)) {
            String id = reference(item, defined, what, where);
            ok &= id != null;
            if (id != null) {
                ids.add(id);
            }
        }
        return ok ? new IdList(false, List.copyOf(ids)) : null;
    }

    private TimeExpression time(Node node, String where) {
        String s = scalar(node, where);
        if (s == null) {
            return null;
        }
        String[] error = new String[1];
        var parsed = TimeExpression.parse(s, error);
        if (parsed.isEmpty()) {
            problems.at(node, where + ": " + error[0]);
            return null;
        }
        if (parsed.get().anchor() == TimeExpression.Anchor.CLAUSE && !refs.clauses().contains(parsed.get().clauseId())) {
            problems.at(node, where + " names clause '" + parsed.get().clauseId() + "', which this file does not define"
                    + hint(parsed.get().clauseId(), sorted(refs.clauses())));
            return null;
        }
        return parsed.get();
    }

    private String duration(Node node, String where) {
        String s = scalar(node, where);
        if (s != null && TimeExpression.parseDuration(s) == null) {
            problems.at(node, where + ": '" + s + "' is not an ISO-8601 duration (like P30D or PT72H)");
            return null;
        }
        return s;
    }

    private Map<String, Values> map(Node node, FieldSpec field, String where) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, where + " must be a mapping from ids to " + plural(field.object().name()) + ", not " + describe(node));
            return null;
        }
        Map<String, Values> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple.getKeyNode());
            if (key == null) {
                continue;
            }
            if (out.containsKey(key)) {
                problems.at(tuple.getKeyNode(), "'" + key + "' is defined twice in " + field.name());
                continue;
            }
            if (field.pattern() != null && !field.pattern().matcher(key).matches()) {
                problems.at(tuple.getKeyNode(), "'" + key + "' is not a valid id in " + field.name() + " (expected "
                        + field.pattern().pattern() + ")");
            }
            Values v = object(tuple.getValueNode(), field.object());
            if (v != null) {
                out.put(key, v);
            }
        }
        return out;
    }

    private List<Values> unionList(Node node, FieldSpec field, String where) {
        if (!(node instanceof SequenceNode seq)) {
            problems.at(node, where + " must be a list, not " + describe(node));
            return null;
        }
        List<Values> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            Values v = variant(item, field.union());
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A list's items, or the node itself where a single value stands for a one-item list. */
    private List<Node> items(Node node) {
        return node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
    }

    private String key(Node keyNode) {
        if (keyNode instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.at(keyNode, "a key must be a plain name, not " + describe(keyNode));
        return null;
    }

    private String scalar(Node node, String where) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.at(node, where + " must be a single value, not " + describe(node));
        return null;
    }

    /** "a territory" -> "territories". */
    private static String plural(String name) {
        String noun = name.replaceFirst("^an? ", "");
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    /** "; write it without quotes" for a quoted scalar that would have been the right type unquoted. */
    private static String quoted(Node node) {
        return node instanceof ScalarNode s && s.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
                ? " (in quotes it is text; write it without quotes)" : "";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** A value short enough to quote in a one-line message: a pasted page becomes its first words. */
    static String abbreviate(String value) {
        String flat = value.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 60 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 57)) + "...";
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            return s.getTag().equals(Tag.NULL) ? "an empty value" : "'" + abbreviate(s.getValue()) + "'";
        }
        return "nothing";
    }
}
