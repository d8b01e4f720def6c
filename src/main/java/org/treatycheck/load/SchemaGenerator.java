package org.treatycheck.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema of the treaty format ({@code docs/treaty.schema.json}) from
 * {@link TreatyFormat}, so that editors can complete and check drafts. The schema cannot check
 * references between ids or the order of times; the loader does.
 */
public final class SchemaGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String TIME_PATTERN = "^(unspecified|(signature|entry_into_force|[0-9]{4}-[0-9]{2}-[0-9]{2}|clause:.+?)"
            + "(\\+P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?)?)$";
    static final String DURATION_PATTERN = "^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?$";

    private SchemaGenerator() {
    }

    /** The schema as pretty-printed JSON with {@code \n} line ends and a final newline. */
    public static String generate() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "treatycheck treaty file (format " + TreatyFormat.VERSION + ")");
        root.put("description", "Generated from org.treatycheck.load.TreatyFormat by `treatycheck schema`; do not edit by hand. "
                + "References between ids, time order and cycles are checked by the loader, not by this schema.");
        ObjectNode defs = JSON.objectNode();
        object(root, TreatyFormat.FILE, defs);
        root.withObjectProperty("properties").withObjectProperty("format").put("const", TreatyFormat.VERSION);
        defs.set("time", JSON.objectNode().put("type", "string").put("pattern", TIME_PATTERN)
                .put("description", "signature, entry_into_force, an ISO date or clause:ID, optionally +ISO-8601 duration; or unspecified"));
        defs.set("duration", JSON.objectNode().put("type", "string").put("pattern", DURATION_PATTERN));
        root.set("$defs", defs);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serializes", e);
        }
    }

    private static void object(ObjectNode target, ObjectSpec spec, ObjectNode defs) {
        target.put("type", "object");
        target.put("additionalProperties", false);
        ArrayNode required = JSON.arrayNode();
        ObjectNode properties = JSON.objectNode();
        for (FieldSpec f : spec.fields()) {
            properties.set(f.name(), field(f, defs));
            if (f.required()) {
                required.add(f.name());
            }
        }
        target.set("properties", properties);
        if (!required.isEmpty()) {
            target.set("required", required);
        }
    }

    private static ObjectNode field(FieldSpec f, ObjectNode defs) {
        ObjectNode n = JSON.objectNode();
        String description = f.description() + (f.defaultsTo() == null ? "" : " (default: " + f.defaultsTo() + ")");
        n.put("description", description);
        switch (f.type()) {
            case TEXT -> {
                if (f.pattern() != null) {
                    n.put("type", "string").put("pattern", f.pattern().pattern());
                } else {
                    n.set("type", JSON.arrayNode().add("string").add("number"));
                }
            }
            case BOOL -> n.put("type", "boolean");
            case INT -> n.put("type", "integer");
            case NUMBER -> n.put("type", "number");
            case DATE -> n.put("type", "string").put("format", "date");
            case ENUM -> n.set("enum", strings(f.keywords()));
            case ENUM_LIST -> oneOrMany(n, JSON.objectNode().set("enum", strings(f.keywords())));
            case ACTOR, ACTOR_OR_KEYWORD -> n.put("type", "string");
            case ACTORS, TERRITORIES -> oneOrMany(n, JSON.objectNode().put("type", "string"));
            case TERRITORY -> n.put("type", "string");
            case CLAUSES -> oneOrMany(n, JSON.objectNode().set("type", JSON.arrayNode().add("string").add("number")));
            case TIME -> n.put("$ref", "#/$defs/time");
            case DURATION -> n.put("$ref", "#/$defs/duration");
            case OBJECT -> object(n, f.object(), defs);
            case MAP -> {
                n.put("type", "object");
                if (f.pattern() != null) {
                    n.set("propertyNames", JSON.objectNode().put("pattern", f.pattern().pattern()));
                }
                ObjectNode item = JSON.objectNode();
                object(item, f.object(), defs);
                n.set("additionalProperties", item);
            }
            case UNION_LIST -> {
                n.put("type", "array");
                n.set("items", union(f.union(), defs));
            }
        }
        if (f.keywords().size() == 1 && (f.type() == ValueType.ACTORS || f.type() == ValueType.CLAUSES)) {
            n.put("description", description + "; or " + f.keywords().get(0));
        }
        return n;
    }

    private static ObjectNode union(UnionSpec union, ObjectNode defs) {
        ObjectNode items = JSON.objectNode();
        items.put("type", "object");
        items.set("required", JSON.arrayNode().add(union.discriminator()));
        List<String> names = List.copyOf(union.variants().keySet());
        items.withObjectProperty("properties").set(union.discriminator(), JSON.objectNode().set("enum", strings(names)));
        ArrayNode allOf = JSON.arrayNode();
        for (Map.Entry<String, List<FieldSpec>> v : union.variants().entrySet()) {
            String def = union.itemName() + "_" + v.getKey();
            ObjectNode variant = JSON.objectNode();
            object(variant, union.variant(v.getKey()), defs);
            defs.set(def, variant);
            ObjectNode rule = JSON.objectNode();
            rule.set("if", JSON.objectNode().set("properties", JSON.objectNode().set(union.discriminator(),
                    JSON.objectNode().put("const", v.getKey()))));
            rule.set("then", JSON.objectNode().put("$ref", "#/$defs/" + def));
            allOf.add(rule);
        }
        items.set("allOf", allOf);
        return items;
    }

    private static void oneOrMany(ObjectNode n, ObjectNode item) {
        n.set("anyOf", JSON.arrayNode().add(item.deepCopy()).add(JSON.objectNode().put("type", "array").set("items", item)));
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JSON.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
