package org.treatycheck.load;

import java.util.List;
import java.util.Optional;

/**
 * A mapping of the treaty format: what it is called in messages ("a non_accession clause") and its
 * fields.
 */
public record ObjectSpec(String name, List<FieldSpec> fields) {

    public ObjectSpec {
        fields = List.copyOf(fields);
    }

    /** The field with this name. */
    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Field names in declaration order. */
    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
