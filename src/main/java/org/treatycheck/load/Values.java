package org.treatycheck.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.treatycheck.model.YamlEnum;

/**
 * The validated fields of one mapping, converted to Java values, with the node each came from. A
 * field that is absent (or null) has no value; the typed getters apply the format's defaults.
 */
final class Values {

    private final Node node;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    Values(Node node) {
        this.node = node;
    }

    void put(String name, Object value, Node from) {
        values.put(name, value);
        nodes.put(name, from);
    }

    Node node() {
        return node;
    }

    Node node(String name) {
        return nodes.getOrDefault(name, node);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) {
        return (String) values.get(name);
    }

    boolean bool(String name, boolean otherwise) {
        Object v = values.get(name);
        return v == null ? otherwise : (Boolean) v;
    }

    Integer integer(String name) {
        return (Integer) values.get(name);
    }

    Double number(String name) {
        return (Double) values.get(name);
    }

    <E extends Enum<E> & YamlEnum> E enumValue(String name, Class<E> type, E otherwise) {
        Object v = values.get(name);
        return v == null ? otherwise : toEnum(type, (String) v);
    }

    <E extends Enum<E> & YamlEnum> List<E> enumList(String name, Class<E> type) {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) values.getOrDefault(name, List.of());
        return names.stream().map(n -> toEnum(type, n)).toList();
    }

    IdList ids(String name) {
        return (IdList) values.getOrDefault(name, IdList.EMPTY);
    }

    TimeExpression time(String name) {
        return (TimeExpression) values.get(name);
    }

    Values object(String name) {
        return (Values) values.get(name);
    }

    @SuppressWarnings("unchecked")
    List<Values> list(String name) {
        return (List<Values>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, Values> map(String name) {
        return (Map<String, Values>) values.getOrDefault(name, Map.of());
    }

    Object raw(String name) {
        return values.get(name);
    }

    private static <E extends Enum<E> & YamlEnum> E toEnum(Class<E> type, String yamlName) {
        for (E e : type.getEnumConstants()) {
            if (e.yamlName().equals(yamlName)) {
                return e;
            }
        }
        throw new IllegalArgumentException(yamlName + " was validated as a " + type.getSimpleName());
    }
}
