package org.treatycheck.load;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.treatycheck.model.YamlEnum;

/**
 * One field of the treaty format: its name, the kind of value, whether it is required, and what
 * the docs and JSON Schema say about it.
 *
 * @param keywords   words accepted instead of ids ({@code any}, {@code all}) or, for enums, the values
 * @param object     the nested spec for OBJECT and MAP fields
 * @param union      the variants for UNION_LIST fields
 * @param pattern    a pattern TEXT values (or MAP keys) must match, or null
 * @param defaultsTo the default as documented, or null
 */
public record FieldSpec(String name, ValueType type, boolean required, List<String> keywords, ObjectSpec object,
        UnionSpec union, Pattern pattern, String defaultsTo, String description) {

    static FieldSpec of(String name, ValueType type, String description) {
        return new FieldSpec(name, type, false, List.of(), null, null, null, null, description);
    }

    static FieldSpec required(String name, ValueType type, String description) {
        return new FieldSpec(name, type, true, List.of(), null, null, null, null, description);
    }

    static <E extends Enum<E> & YamlEnum> FieldSpec oneOf(String name, Class<E> type, boolean required, String defaultsTo,
            String description) {
        return new FieldSpec(name, ValueType.ENUM, required, yamlNames(type), null, null, null, defaultsTo, description);
    }

    static <E extends Enum<E> & YamlEnum> FieldSpec listOf(String name, Class<E> type, String description) {
        return new FieldSpec(name, ValueType.ENUM_LIST, false, yamlNames(type), null, null, null, null, description);
    }

    static <E extends Enum<E> & YamlEnum> List<String> yamlNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlEnum::yamlName).toList();
    }

    FieldSpec withKeywords(String... words) {
        return new FieldSpec(name, type, required, List.of(words), object, union, pattern, defaultsTo, description);
    }

    FieldSpec withObject(ObjectSpec spec) {
        return new FieldSpec(name, type, required, keywords, spec, union, pattern, defaultsTo, description);
    }

    FieldSpec withUnion(UnionSpec spec) {
        return new FieldSpec(name, type, required, keywords, object, spec, pattern, defaultsTo, description);
    }

    FieldSpec withPattern(String regex) {
        return new FieldSpec(name, type, required, keywords, object, union, Pattern.compile(regex), defaultsTo, description);
    }

    FieldSpec withDefault(String value) {
        return new FieldSpec(name, type, required, keywords, object, union, pattern, value, description);
    }
}
