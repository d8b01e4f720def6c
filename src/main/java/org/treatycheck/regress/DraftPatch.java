package org.treatycheck.regress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds a case's draft from the base draft at the level of YAML nodes, so that every node keeps
 * the file and position it came from and load errors point at the right line of the right file.
 */
final class DraftPatch {

    private DraftPatch() {
    }

    /**
     * Applies a case's changes: {@code treaty} fields merged, {@code actors} and {@code territories}
     * added or replaced by key, clauses removed, replaced in place, and appended.
     *
     * @throws IllegalArgumentException naming a {@code remove} or {@code replace} id the base lacks
     */
    static MappingNode apply(MappingNode base, MappingNode treaty, MappingNode actors, MappingNode territories,
            List<String> remove, List<Node> replace, List<Node> add) {
        List<NodeTuple> top = new ArrayList<>();
        for (NodeTuple t : base.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            Node value = switch (key) {
                case "treaty" -> mergeMapping(t.getValueNode(), treaty);
                case "actors" -> mergeMapping(t.getValueNode(), actors);
                case "territories" -> mergeMapping(t.getValueNode(), territories);
                case "clauses" -> patchClauses(t.getValueNode(), remove, replace, add);
                default -> t.getValueNode();
            };
            top.add(new NodeTuple(t.getKeyNode(), value));
        }
        if (territories != null && find(base, "territories").isEmpty()) {
            top.add(new NodeTuple(key("territories"), territories));
        }
        return new MappingNode(Tag.MAP, false, top, FlowStyle.BLOCK, base.getStartMark(), base.getEndMark());
    }

    private static Node mergeMapping(Node base, MappingNode changes) {
        if (changes == null || !(base instanceof MappingNode baseMap)) {
            return base;
        }
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        for (NodeTuple t : baseMap.getValue()) {
            merged.put(((ScalarNode) t.getKeyNode()).getValue(), t);
        }
        for (NodeTuple t : changes.getValue()) {
            merged.put(((ScalarNode) t.getKeyNode()).getValue(), t);
        }
        return new MappingNode(Tag.MAP, false, new ArrayList<>(merged.values()), FlowStyle.BLOCK, baseMap.getStartMark(),
                baseMap.getEndMark());
    }

    private static Node patchClauses(Node base, List<String> remove, List<Node> replace, List<Node> add) {
        if (!(base instanceof SequenceNode seq)) {
            return base;
        }
        Map<String, Node> replacements = new LinkedHashMap<>();
        for (Node r : replace) {
            replacements.put(idOf(r).orElseThrow(() -> new IllegalArgumentException("a replace clause needs an id")), r);
        }
        List<String> baseIds = seq.getValue().stream().map(n -> idOf(n).orElse("")).toList();
        for (String id : remove) {
            if (!baseIds.contains(id)) {
                throw new IllegalArgumentException("remove names clause '" + id + "', which the base draft does not have");
            }
        }
        for (String id : replacements.keySet()) {
            if (!baseIds.contains(id)) {
                throw new IllegalArgumentException("replace names clause '" + id + "', which the base draft does not have");
            }
        }
        List<Node> clauses = new ArrayList<>();
        for (Node clause : seq.getValue()) {
            String id = idOf(clause).orElse("");
            if (!remove.contains(id)) {
                clauses.add(replacements.getOrDefault(id, clause));
            }
        }
        clauses.addAll(add);
        return new SequenceNode(Tag.SEQ, false, clauses, FlowStyle.BLOCK, seq.getStartMark(), seq.getEndMark());
    }

    static Optional<String> idOf(Node clause) {
        return find(clause, "id").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    static Optional<Node> find(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(t.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    private static ScalarNode key(String name) {
        return new ScalarNode(Tag.STR, name, ScalarStyle.PLAIN);
    }
}
