package org.treatycheck.cli;

import org.treatycheck.testing.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --version}, {@code rules} and {@code test}. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void versionPrintsTheVersion() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("treatycheck "), r.out());
    }

    @Test
    void rulesListsTheWholeCatalog() {
        Cli r = Cli.run("rules");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\naccession-contradicts-neutrality +critical +conflict .*"), r.out());
        assertTrue(r.out().strip().endsWith("23 rules"), r.out());
    }

    @Test
    void testPassesOnTheShippedRulesAndDrafts() {
        Cli r = Cli.run("test", "--coverage");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().strip().matches("(?s).*\\n\\d+ passed, 0 failed$"), r.out());
    }

    @Test
    void testFailsWhenARuleFileIsDeletedFromACopyOfTheRules() throws Exception {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.delete(copy.resolve("treaty.drl"));
        Cli r = Cli.run("test", "--rules", copy.toString(), "--junit-xml", dir.resolve("junit.xml").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("a test names rule 'no-entry-into-force', which the rules folder does not define"), r.out());
        assertTrue(r.out().strip().matches("(?s).*\\n\\d+ passed, [1-9]\\d* failed$"), r.out());
        assertTrue(Files.readString(dir.resolve("junit.xml")).contains("<failure"));
    }
}
