package org.treatycheck.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list item that comes in variants told apart by a discriminator field: clauses by {@code type},
 * guarantee conditions by {@code kind}. Every variant also has the common fields.
 */
public record UnionSpec(String discriminator, String itemName, List<FieldSpec> common, Map<String, List<FieldSpec>> variants) {

    /** The discriminator field, whose values are the variant names. */
    public FieldSpec discriminatorField() {
        FieldSpec declared = common.stream().filter(f -> f.name().equals(discriminator)).findFirst()
                .orElse(FieldSpec.required(discriminator, ValueType.ENUM, "which " + itemName + " this is"));
        return declared.withKeywords(variants.keySet().toArray(String[]::new));
    }

    /** The full spec of one variant: the discriminator, the common fields, then its own. */
    public ObjectSpec variant(String name) {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(discriminatorField());
        common.stream().filter(f -> !f.name().equals(discriminator)).forEach(fields::add);
        fields.addAll(variants.get(name));
        return new ObjectSpec(("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " " + itemName, fields);
    }
}
