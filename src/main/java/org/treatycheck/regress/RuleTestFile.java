package org.treatycheck.regress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Severity;

/**
 * Reads a rule test file ({@code rules/tests/<rule-id>.yaml}, format in docs/rule-tests.md) into
 * its cases. A malformed test file is reported like a malformed treaty: every problem with file,
 * line and column.
 */
public final class RuleTestFile {

    /** The name of the base draft a test file uses when it names none. */
    public static final String DEFAULT_BASE = "base.yaml";

    private static final Set<String> FILE_KEYS = Set.of("rule", "base", "fires", "silent");
    private static final Set<String> CASE_KEYS = Set.of("name", "treaty", "actors", "territories", "remove", "replace",
            "add", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("clauses", "severity", "actors", "territories");

    private final Map<Path, MappingNode> bases = new HashMap<>();

    /** Reads every case of one test file. */
    public List<RuleCase> read(Path file) throws TreatyLoadException {
        String name = file.toString();
        byte[] content = bytes(file);
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        Node root = TreatyLoader.compose(content, name);
        List<LoadProblem> problems = new ArrayList<>();
        if (!(root instanceof MappingNode top)) {
            throw new TreatyLoadException(List.of(problem(name, root, "a rule test file must be a mapping (rule, base, fires, silent)")));
        }
        checkKeys(top, FILE_KEYS, "a rule test file", name, problems);
        String rule = text(DraftPatch.find(top, "rule").orElse(null), "rule", name, top, problems);
        String baseName = DraftPatch.find(top, "base").map(n -> text(n, "base", name, top, problems)).orElse(DEFAULT_BASE);
        MappingNode base = null;
        if (baseName != null) {
            Path basePath = file.resolveSibling(baseName);
            try {
                base = base(basePath);
            } catch (TreatyLoadException e) {
                problems.addAll(e.problems());
            }
        }
        List<RuleCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (boolean fires : new boolean[] {true, false}) {
            String section = fires ? "fires" : "silent";
            Node list = DraftPatch.find(top, section).orElse(null);
            if (list == null) {
                continue;
            }
            if (!(list instanceof SequenceNode seq)) {
                problems.add(problem(name, list, "'" + section + "' must be a list of cases"));
                continue;
            }
            for (Node item : seq.getValue()) {
                RuleCase c = readCase(item, fires, rule, base, name, text, problems);
                if (c != null && !names.add(c.name())) {
                    problems.add(problem(name, item, "two cases are named '" + c.name() + "'; case names must be unique"));
                } else if (c != null) {
                    cases.add(c);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TreatyLoadException(problems);
        }
        return cases;
    }

    private MappingNode base(Path path) throws TreatyLoadException {
        MappingNode known = bases.get(path);
        if (known == null) {
            Node node = TreatyLoader.compose(bytes(path), path.toString());
            if (!(node instanceof MappingNode m)) {
                throw new TreatyLoadException(List.of(problem(path.toString(), node, "a base draft must be a treaty file")));
            }
            bases.put(path, m);
            known = m;
        }
        return known;
    }

    private static RuleCase readCase(Node item, boolean fires, String rule, MappingNode base, String file, String text,
            List<LoadProblem> problems) {
        if (!(item instanceof MappingNode c)) {
            problems.add(problem(file, item, "a case must be a mapping with a name and the changes it makes"));
            return null;
        }
        int before = problems.size();
        checkKeys(c, CASE_KEYS, "a case", file, problems);
        String name = text(DraftPatch.find(c, "name").orElse(null), "name", file, c, problems);
        List<ExpectedFinding> expected = new ArrayList<>();
        Node expect = DraftPatch.find(c, "expect").orElse(null);
        if (!fires && expect != null) {
            problems.add(problem(file, expect, "a silent case expects no finding; move it under 'fires' or drop 'expect'"));
        }
        if (fires) {
            if (!(expect instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problems.add(problem(file, expect == null ? item : expect,
                        "a firing case needs 'expect': the list of findings it must produce (clauses, optional severity)"));
            } else {
                for (Node e : seq.getValue()) {
                    ExpectedFinding f = expected(e, file, problems);
                    if (f != null) {
                        expected.add(f);
                    }
                }
            }
        }
        Node draft = null;
        if (base != null) {
            try {
                draft = DraftPatch.apply(base, mapping(c, "treaty", file, problems), mapping(c, "actors", file, problems),
                        mapping(c, "territories", file, problems), strings(c, "remove", file, problems),
                        nodes(c, "replace", file, problems), nodes(c, "add", file, problems));
            } catch (IllegalArgumentException e) {
                problems.add(problem(file, item, e.getMessage()));
            }
        }
        if (problems.size() > before || name == null) {
            return null;
        }
        int line = item.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        return new RuleCase(file, line, rule, name, fires, expected, draft, source(text, item));
    }

    /** The text of a case as written, sliced from the file by the node's marks (code point offsets). */
    private static String source(String text, Node item) {
        int start = item.getStartMark().map(m -> m.getIndex()).orElse(0);
        int end = item.getEndMark().map(m -> m.getIndex()).orElse(start);
        int from = text.offsetByCodePoints(0, Math.min(start, text.codePointCount(0, text.length())));
        int to = text.offsetByCodePoints(0, Math.min(end, text.codePointCount(0, text.length())));
        // Re-indent to the case's own column so that the example reads as a stand-alone snippet.
        int column = item.getStartMark().map(m -> m.getColumn()).orElse(0);
        String indent = " ".repeat(column);
        return text.substring(from, to).stripTrailing().lines()
                .map(l -> l.startsWith(indent) ? l.substring(column) : l.stripLeading())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static ExpectedFinding expected(Node node, String file, List<LoadProblem> problems) {
        if (!(node instanceof MappingNode m)) {
            problems.add(problem(file, node, "an expected finding is a mapping: { clauses: [\"7\", \"8\"], severity: high }"));
            return null;
        }
        checkKeys(m, EXPECT_KEYS, "an expected finding", file, problems);
        List<String> clauses = strings(m, "clauses", file, problems);
        Severity severity = null;
        Node s = DraftPatch.find(m, "severity").orElse(null);
        if (s != null) {
            String v = text(s, "severity", file, m, problems);
            try {
                severity = v == null ? null : Severity.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(file, s, "unknown severity '" + v + "'; expected critical, high, medium, low or info"));
            }
        }
        Set<String> actors = DraftPatch.find(m, "actors").isPresent() ? Set.copyOf(strings(m, "actors", file, problems)) : null;
        Set<String> territories = DraftPatch.find(m, "territories").isPresent()
                ? Set.copyOf(strings(m, "territories", file, problems)) : null;
        return new ExpectedFinding(clauses, severity, actors, territories);
    }

    private static void checkKeys(MappingNode m, Set<String> allowed, String what, String file, List<LoadProblem> problems) {
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!allowed.contains(key)) {
                problems.add(problem(file, t.getKeyNode(), "unknown key '" + key + "' in " + what + "; expected one of: "
                        + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    private static MappingNode mapping(MappingNode c, String key, String file, List<LoadProblem> problems) {
        Node n = DraftPatch.find(c, key).orElse(null);
        if (n == null) {
            return null;
        }
        if (n instanceof MappingNode m) {
            return m;
        }
        problems.add(problem(file, n, "'" + key + "' must be a mapping"));
        return null;
    }

    private static List<Node> nodes(MappingNode c, String key, String file, List<LoadProblem> problems) {
        Node n = DraftPatch.find(c, key).orElse(null);
        if (n == null) {
            return List.of();
        }
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(problem(file, n, "'" + key + "' must be a list of clauses"));
        return List.of();
    }

    private static List<String> strings(MappingNode c, String key, String file, List<LoadProblem> problems) {
        Node n = DraftPatch.find(c, key).orElse(null);
        if (n == null) {
            return List.of();
        }
        List<Node> items = n instanceof SequenceNode seq ? seq.getValue() : List.of(n);
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode s) {
                out.add(s.getValue());
            } else {
                problems.add(problem(file, item, "'" + key + "' lists ids, not " + item.getNodeType().name().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private static String text(Node n, String key, String file, Node owner, List<LoadProblem> problems) {
        if (n == null) {
            problems.add(problem(file, owner, "'" + key + "' is required"));
            return null;
        }
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue();
        }
        problems.add(problem(file, n, "'" + key + "' must be a single value"));
        return null;
    }

    private static LoadProblem problem(String file, Node node, String message) {
        int line = node == null ? 1 : node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
        int column = node == null ? 1 : node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
        return new LoadProblem(file, line, column, message);
    }

    private static byte[] bytes(Path file) throws TreatyLoadException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TreatyLoadException(List.of(new LoadProblem(file.toString(), 1, 1, "cannot read: " + e.getMessage())));
        }
    }
}
