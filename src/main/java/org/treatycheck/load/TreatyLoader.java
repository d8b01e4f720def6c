package org.treatycheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.treatycheck.model.Actor;
import org.treatycheck.model.ActorKind;
import org.treatycheck.model.Admission;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Territory;
import org.treatycheck.model.Treaty;
import org.treatycheck.model.TreatyStatus;

/**
 * Loads treaty files. Reading never modifies the file. Every problem found is reported at once,
 * with file, line and column; a file with any problem yields no treaty.
 */
public final class TreatyLoader {

    /**
     * Characters from which a file's YAML events are read on a second thread ({@link ReadAheadEvents}),
     * when there is a second processor: about 4,500 clauses. Below, the file takes a few tens of
     * milliseconds and a thread would not pay.
     */
    static final int READ_AHEAD_FROM_CHARS = 1 << 20;

    private TreatyLoader() {
    }

    /** Loads one treaty file. */
    public static Treaty load(Path file) throws TreatyLoadException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw fail(name, "is a folder, not a treaty file");
            }
            long size = Files.size(file);
            if (size > TreatyFormat.MAX_FILE_BYTES) {
                throw fail(name, "the file is " + size + " bytes; treaty files are limited to "
                        + TreatyFormat.MAX_FILE_BYTES + " bytes");
            }
            // Read no more than the limit allows: a device or pipe (/dev/zero) reports size 0 and never ends.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(TreatyFormat.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > TreatyFormat.MAX_FILE_BYTES) {
                throw fail(name, "the file is over " + TreatyFormat.MAX_FILE_BYTES + " bytes; treaty files are limited to "
                        + TreatyFormat.MAX_FILE_BYTES + " bytes");
            }
        } catch (NoSuchFileException e) {
            throw fail(name, "no such file");
        } catch (IOException e) {
            throw fail(name, "cannot read the file: " + e.getMessage());
        }
        return load(bytes, name);
    }

    /** Loads a treaty from bytes, naming it {@code name} in messages. */
    public static Treaty load(byte[] bytes, String name) throws TreatyLoadException {
        return load(bytes, name, readAheadFromChars());
    }

    /** {@link #READ_AHEAD_FROM_CHARS}, or never on a single processor. */
    private static int readAheadFromChars() {
        return Runtime.getRuntime().availableProcessors() > 1 ? READ_AHEAD_FROM_CHARS : Integer.MAX_VALUE;
    }

    /** As {@link #load(byte[], String)}, reading events ahead from another file size, for tests. */
    static Treaty load(byte[] bytes, String name, int readAheadFromChars) throws TreatyLoadException {
        List<LoadProblem> tags = new ArrayList<>();
        Node root = compose(bytes, name, tags, readAheadFromChars);
        return fromNode(root, name, tags);
    }

    /**
     * Reads bytes as one YAML document of nodes that keep their positions, after checking size,
     * encoding, nesting depth, aliases and tags.
     */
    public static Node compose(byte[] bytes, String name) throws TreatyLoadException {
        List<LoadProblem> tags = new ArrayList<>();
        Node root = compose(bytes, name, tags, readAheadFromChars());
        if (!tags.isEmpty()) {
            throw new TreatyLoadException(tags);
        }
        return root;
    }

    /** As {@link #compose(byte[], String)}, adding unsupported tags to {@code tags} rather than failing. */
    private static Node compose(byte[] bytes, String name, List<LoadProblem> tags, int readAheadFromChars)
            throws TreatyLoadException {
        if (bytes.length > TreatyFormat.MAX_FILE_BYTES) {
            throw fail(name, "the file is " + bytes.length + " bytes; treaty files are limited to "
                    + TreatyFormat.MAX_FILE_BYTES + " bytes");
        }
        String text = decode(bytes, name);
        if (text.isBlank()) {
            throw fail(name, "the file is empty; expected a treaty (format, treaty, actors, clauses)");
        }
        // Keys that are lists or mappings are let through to be reported with their position (the
        // binder names them); nodes are only composed, never hashed or constructed.
        LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(TreatyFormat.MAX_ALIASES).setAllowRecursiveKeys(true)
                .setAllowNonScalarKeys(true).setCodePointLimit(TreatyFormat.MAX_FILE_BYTES).setUseMarks(true).build();
        ReadAheadEvents ahead = text.length() >= readAheadFromChars
                ? new ReadAheadEvents(parser(settings, text), ReadAheadEvents.BATCH, "treatycheck-yaml") : null;
        try {
            Optional<Node> node;
            try {
                Parser events = ahead == null ? parser(settings, text) : ahead;
                node = new Composer(settings, new CheckedEvents(events, name, tags)).getSingleNode();
            } catch (CheckedEvents.UnbuildableTag e) {
                // The composer cannot go on past such a tag: read the rest for the other tag problems.
                if (ahead != null) {
                    ahead.close();
                }
                tags.clear();
                new CheckedEvents(parser(settings, text), name, tags).drain();
                throw new TreatyLoadException(tags);
            } catch (CheckedEvents.Rejected e) {
                throw e.problem();
            }
            if (node.isEmpty()) {
                throw fail(name, "the file holds no YAML document; expected a treaty (format, treaty, actors, clauses)");
            }
            return node.get();
        } catch (MarkedYamlEngineException e) {
            var mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            throw new TreatyLoadException(List.of(new LoadProblem(name, line, column,
                    "not valid YAML: " + oneLine(e.getProblem() == null ? e.getMessage() : e.getProblem()))));
        } catch (YamlEngineException e) {
            throw fail(name, "not valid YAML: " + oneLine(e.getMessage()));
        } finally {
            if (ahead != null) {
                ahead.close();
            }
        }
    }

    /**
     * The file's parser events. The composer takes them through {@link CheckedEvents}, which checks
     * depth, aliases, documents and tags on the way: the file is read once.
     */
    private static Parser parser(LoadSettings settings, String text) {
        return new ParserImpl(settings, new StreamReader(settings, text));
    }

    private static String decode(byte[] bytes, String name) throws TreatyLoadException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0
                && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF)) {
            throw fail(name, "the file is UTF-16 or UTF-32 (it starts with that byte-order mark); save the file as UTF-8");
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a UTF-8 byte-order mark is accepted and skipped
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] pos = position(bytes, start, i);
                throw new TreatyLoadException(List.of(new LoadProblem(name, pos[0], pos[1],
                        "binary data (a NUL byte): expected a UTF-8 text file in YAML")));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes, start);
            int[] pos = position(bytes, start, bad);
            throw new TreatyLoadException(List.of(new LoadProblem(name, pos[0], pos[1], String.format(
                    "not UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[bad] & 0xFF))));
        }
        checkCharacters(text, name);
        return text;
    }

    /**
     * Rejects characters YAML does not allow in a file (control characters other than tab and line
     * breaks, U+FFFE, U+FFFF), with the position of the first; the YAML reader names none.
     */
    private static void checkCharacters(String text, String name) throws TreatyLoadException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
                continue;
            }
            boolean printable = c == '\t' || c == '\r' || c == 0x85 || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!printable) {
                throw new TreatyLoadException(List.of(new LoadProblem(name, line, column, String.format(
                        "a control character (U+%04X) that YAML does not allow; expected a UTF-8 text file in YAML", c))));
            }
            column++;
        }
    }

    /** The offset of the first byte that breaks UTF-8, found by decoding growing prefixes line by line. */
    private static int firstMalformed(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    /** 1-based line and column (in characters) of byte offset {@code at}. */
    private static int[] position(byte[] bytes, int start, int at) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < at; i++) {
            // Line breaks as YAML counts them: LF, CRLF, or a CR alone.
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Validates a composed document and builds the treaty. */
    public static Treaty fromNode(Node root, String name) throws TreatyLoadException {
        return fromNode(root, name, List.of());
    }

    /** As {@link #fromNode(Node, String)}, with problems already found while reading the file. */
    private static Treaty fromNode(Node root, String name, List<LoadProblem> earlier) throws TreatyLoadException {
        Problems problems = new Problems(name);
        earlier.forEach(problems::add);
        if (!(root instanceof MappingNode)) {
            problems.at(root, "a treaty file must be a mapping with format, treaty, actors and clauses, not "
                    + Binder.describe(root));
            throw new TreatyLoadException(problems.list());
        }
        Binder.Refs refs = scanIds((MappingNode) root, problems);
        Values file = new Binder(problems, refs).object(root, TreatyFormat.FILE);
        if (file.has("format") && !TreatyFormat.VERSION.equals(file.text("format"))) {
            problems.at(file.node("format"), "unsupported format '" + file.text("format") + "'; expected "
                    + TreatyFormat.VERSION);
        }
        if (file.has("clauses") && file.node("clauses") instanceof SequenceNode seq && seq.getValue().isEmpty()) {
            problems.at(file.node("clauses"), "clauses must list at least one clause");
        }
        if (!problems.isEmpty()) {
            throw new TreatyLoadException(problems.list());
        }
        Treaty treaty = build(file, name, problems);
        if (!problems.isEmpty()) {
            throw new TreatyLoadException(problems.list());
        }
        return treaty;
    }

    /**
     * Collects the ids the file defines before anything is bound, so that references can be checked
     * wherever they stand; duplicate clause ids are reported here.
     */
    private static Binder.Refs scanIds(MappingNode root, Problems problems) {
        Set<String> actors = new LinkedHashSet<>();
        Set<String> territories = new LinkedHashSet<>();
        Set<String> clauses = new LinkedHashSet<>();
        for (NodeTuple t : root.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            switch (key.getValue()) {
                case "actors" -> keys(t.getValueNode(), actors);
                case "territories" -> keys(t.getValueNode(), territories);
                case "clauses" -> {
                    if (t.getValueNode() instanceof SequenceNode seq) {
                        for (Node item : seq.getValue()) {
                            clauseId(item).ifPresent(idNode -> {
                                if (!clauses.add(idNode.getValue())) {
                                    problems.at(idNode, "clause id '" + idNode.getValue() + "' is used twice; ids must be unique");
                                }
                            });
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new Binder.Refs(actors, territories, clauses);
    }

    private static void keys(Node node, Set<String> into) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    into.add(k.getValue());
                }
            }
        }
    }

    private static Optional<ScalarNode> clauseId(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v
                        && !Binder.isNull(v)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static Treaty build(Values file, String name, Problems problems) {
        Values info = file.object("treaty");
        Map<String, Actor> actors = new LinkedHashMap<>();
        file.map("actors").forEach((id, a) -> actors.put(id, new Actor(id, a.text("name"),
                a.enumValue("kind", ActorKind.class, null), a.bool("signatory", false), a.bool("belligerent", false),
                a.bool("unsc_veto", false), a.bool("rome_statute", false), a.bool("martial_law", false),
                a.enumValue("admission", Admission.class, Admission.UNANIMITY), a.bool("collective_defence", false))));
        Map<String, Territory> territories = new LinkedHashMap<>();
        file.map("territories").forEach((tName, t) -> territories.put(tName, new Territory(tName, t.text("sovereign"),
                t.has("controlled_by") ? t.text("controlled_by") : t.text("sovereign"))));

        List<Values> clauseValues = file.list("clauses");
        Map<String, TimeResolver.ClauseTimes> times = new HashMap<>();
        String firstEntryIntoForce = null;
        for (Values c : clauseValues) {
            // The deadline is the clause's time-valued `by` (elections, withdrawal, talks) or `ends`
            // (martial law); a sanctions clause's `by` names actors instead.
            String deadlineField = c.raw("by") instanceof TimeExpression ? "by" : "ends";
            times.put(c.text("id"), new TimeResolver.ClauseTimes(c.text("id"), c.time("at"), c.node("at"),
                    c.time(deadlineField), c.node(deadlineField)));
            if (firstEntryIntoForce == null && "entry_into_force".equals(c.text("type"))) {
                firstEntryIntoForce = c.text("id");
            }
        }
        TimeResolver resolver = new TimeResolver(info.has("date") ? (java.time.LocalDate) info.raw("date") : null, times,
                firstEntryIntoForce, problems);
        ClauseFactory factory = new ClauseFactory(resolver);
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < clauseValues.size(); i++) {
            clauses.add(factory.build(clauseValues.get(i), i));
        }
        return new Treaty(info.text("id"), info.text("title"), info.text("draft"),
                info.has("date") ? (java.time.LocalDate) info.raw("date") : null,
                info.enumValue("status", TreatyStatus.class, TreatyStatus.DRAFT), info.text("source"),
                actors, territories, clauses, name);
    }

    private static TreatyLoadException fail(String name, String message) {
        return new TreatyLoadException(List.of(new LoadProblem(name, 1, 1, message)));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
