package org.treatycheck.robustness;

import org.treatycheck.testing.Cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatycheck.load.TreatyFormat;

/**
 * The catalog of bad input in {@code src/test/resources/bad-drafts/}: each {@code NAME.yaml} is a
 * draft as users get them wrong, and {@code NAME.expected} lists, after a {@code #} line saying
 * what the case is, every problem the checker must report for it as {@code LINE:COLUMN: message},
 * in order. Each is checked through the command line: exit 2, exactly those problems with the
 * file's name, no stack trace, nothing written, and the draft left as it was.
 */
class BadDraftsTest {

    static final Path CATALOG = Path.of("src/test/resources/bad-drafts");

    @TempDir
    static Path shared;

    private static Path rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() throws IOException {
        rules = Cli.quietRules(shared.resolve("rules"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CATALOG)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    /** The expected problem lines of a case, without its description. */
    static List<String> expected(String name) throws IOException {
        return Files.readAllLines(CATALOG.resolve(name + ".expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadDraftExitsTwoNamesEveryProblemAndWritesNothing(String name) throws Exception {
        Path draft = dir.resolve("drafts").resolve(name + ".yaml");
        Files.createDirectories(draft.getParent());
        Files.copy(CATALOG.resolve(name + ".yaml"), draft);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(draft, modified);
        byte[] before = Files.readAllBytes(draft);
        Path out = dir.resolve("reports");

        Cli r = Cli.run("check", draft.toString(), "-o", out.toString(), "--rules", rules.toString());

        List<String> want = expected(name).stream().map(l -> draft + ":" + l).toList();
        assertFalse(want.isEmpty(), name + ".expected lists no problem");
        assertEquals(2, r.code(), r.err());
        List<String> problems = new ArrayList<>(r.err().lines().filter(l -> l.startsWith(draft + ":")).toList());
        String summary = draft + ": not checked (" + want.size() + " problem" + (want.size() == 1 ? "" : "s") + "); no report written";
        assertTrue(problems.remove(summary), "the run ends with '" + summary + "':\n" + r.err());
        assertEquals(want, problems, "every problem, each with its line and column");
        assertEquals(List.of(), r.err().lines().filter(l -> !l.startsWith(draft + ":")).toList(), "nothing else on stderr");
        r.assertNoStackTrace();
        assertEquals(List.of(), Cli.filesUnder(out), "no report and no temporary file");
        assertArrayEquals(before, Files.readAllBytes(draft), "the draft is not modified");
        assertEquals(modified, Files.getLastModifiedTime(draft), "the draft is not even touched");
        assertEquals(List.of(name + ".yaml"), Cli.filesUnder(draft.getParent()), "nothing is written beside the draft");
    }

    @Test
    void everyCaseHasItsExpectedProblemsAndADescription() throws IOException {
        try (Stream<Path> files = Files.list(CATALOG)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                String base = n.substring(0, n.lastIndexOf('.'));
                assertTrue(n.endsWith(".yaml") || n.endsWith(".expected"), "unexpected file in the catalog: " + n);
                assertTrue(Files.exists(CATALOG.resolve(base + (n.endsWith(".yaml") ? ".expected" : ".yaml"))), "the pair of " + n);
                if (n.endsWith(".expected")) {
                    assertTrue(Files.readAllLines(p).get(0).startsWith("# "), n + " starts with a line saying what the case is");
                }
            }
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedAtOnceWithoutBeingParsed() throws Exception {
        Path draft = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(draft.toFile(), "rw")) {
            f.write("format: treatycheck/1\n# ".getBytes(StandardCharsets.US_ASCII));
            f.setLength(TreatyFormat.MAX_FILE_BYTES + 1L);
        }
        Path out = dir.resolve("reports");
        long start = System.nanoTime();
        Cli r = Cli.run("check", draft.toString(), "-o", out.toString(), "--rules", rules.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of(draft + ":1:1: the file is " + (TreatyFormat.MAX_FILE_BYTES + 1L)
                        + " bytes; treaty files are limited to " + TreatyFormat.MAX_FILE_BYTES + " bytes",
                draft + ": not checked (1 problem); no report written"), r.err().lines().toList());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "rejected without reading it all");
        assertEquals(List.of(), Cli.filesUnder(out));
    }

    @Test
    void aDraftSavedWithAByteOrderMarkAndWindowsLineEndingsIsAccepted() throws Exception {
        String text = """
                format: treatycheck/1
                treaty: { id: saved-on-windows, title: Saved on Windows }
                actors:
                  UA: { name: Ukraine, kind: state, signatory: true }
                clauses:
                  - { id: "1", type: force_limit, party: UA, personnel: 250000 }
                """.replace("\n", "\r\n");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path draft = Files.write(dir.resolve("windows.yaml"), bytes);
        Path out = dir.resolve("reports");
        Cli r = Cli.run("check", draft.toString(), "-o", out.toString(), "--rules", rules.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("saved-on-windows.json"), Cli.filesUnder(out));
        assertArrayEquals(bytes, Files.readAllBytes(draft));
    }
}
