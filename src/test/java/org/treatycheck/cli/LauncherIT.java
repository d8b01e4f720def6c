package org.treatycheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code treatycheck} launcher script as a user runs it, with the jar {@code mvn package} built:
 * it checks a draft, makes its class-data-sharing archive and then uses it, falls back to an
 * archive without lambda proxies when the one with them fails its trial, and recovers when the
 * JVM crashes with an archive. Crashes are played by a stand-in {@code java} first on the
 * {@code PATH}, which passes everything else to the real one.
 *
 * <p>Runs in {@code mvn verify} (integration-test phase), after the jar is built; Unix only, as
 * the script is ({@code treatycheck.cmd} is its Windows twin).
 */
class LauncherIT {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = HOME.resolve("treatycheck");
    private static final Path DRAFT = HOME.resolve("treaties/automatic-accession-2025.yaml");
    private static final String REAL_JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path dir;

    private Path cache;
    private Path reports;

    /** What a run printed and how it ended. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void unixWithTheJarBuilt() {
        assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
                "the launcher is a POSIX shell script");
        assumeTrue(Files.isRegularFile(HOME.resolve("target/treatycheck.jar")), "run by mvn verify, after package");
        cache = dir.resolve("cache");
        reports = dir.resolve("reports");
    }

    @Test
    void makesTheArchiveOnRequestAndThenRunsWithIt() throws Exception {
        Run first = launch(Map.of("TREATYCHECK_CDS", "sync"), "check", DRAFT.toString(), "-o", reports.toString());
        assertEquals(1, first.exit(), first.err()); // findings, as the README says
        assertTrue(Files.isRegularFile(reports.resolve("automatic-accession-2025.xlsx")));
        Path archive = onlyArchive();
        assertFalse(Files.exists(Path.of(archive + ".failed")));

        // -Xshare:on (after the launcher's own -Xshare:auto) makes the JVM refuse to start without it.
        Run second = launch(Map.of("TREATYCHECK_JAVA_OPTS", "-Xshare:on"), "check", DRAFT.toString(), "-o", reports.toString());
        assertEquals(1, second.exit(), second.err());
        assertTrue(second.out().contains("4 findings"), second.out());
    }

    /** The trial crashes the JVM (139: SIGSEGV), or the JVM refuses the archive (1, no report). */
    @ParameterizedTest(name = "the trial ends with status {0}")
    @ValueSource(ints = {139, 1})
    void whenTheArchiveWithLambdaProxiesFailsItsTrialOneWithoutThemIsMade(int status) throws Exception {
        Path calls = dir.resolve("java-calls.txt");
        Path bin = standInJava("""
                # A dump from the list with lambda proxies marks its archive; a trial of a marked archive crashes.
                archive=; list=; share=
                for a in "$@"; do
                    case $a in
                        -XX:SharedArchiveFile=*) archive=${a#*=} ;;
                        -XX:SharedClassListFile=*) list=${a#*=} ;;
                        -Xshare:dump | -Xshare:on) share=$a ;;
                    esac
                done
                echo "$share $list" >>"%s"
                if [ "$share" = -Xshare:on ] && [ -f "$archive.lambdas" ]; then echo "Unable to use shared archive" >&2; exit %d; fi
                "%s" "$@"; status=$?
                case "$share $list" in -Xshare:dump\\ *lambdas*) touch "$archive.lambdas" ;; -Xshare:dump\\ *) rm -f "$archive.lambdas" ;; esac
                exit $status
                """.formatted(calls, status, REAL_JAVA));

        Run run = launch(Map.of("TREATYCHECK_CDS", "sync", "PATH", bin + ":" + System.getenv("PATH")),
                "check", DRAFT.toString(), "-o", reports.toString());

        assertEquals(1, run.exit(), run.err());
        Path archive = onlyArchive();
        assertFalse(Files.exists(Path.of(archive + ".failed")));
        List<String> dumps = Files.readAllLines(calls).stream().filter(l -> l.startsWith("-Xshare:dump")).toList();
        assertEquals(2, dumps.size(), dumps.toString());
        assertTrue(dumps.get(0).endsWith("lambdas.classlist") && dumps.get(1).endsWith("plain.classlist"), dumps.toString());
        try (Stream<Path> left = Files.list(archive.getParent())) {
            assertEquals(List.of(archive.getFileName().toString()),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no scratch file is left");
        }
    }

    @Test
    void aCrashWithTheArchiveDropsItAndRunsAgainWithoutIt() throws Exception {
        // An archive the launcher takes as current (newer than the jar and the Java runtime) ...
        Path cds = Files.createDirectories(cache.resolve("cds"));
        String id = cksum(HOME.resolve("target/treatycheck.jar").toString());
        Path archive = cds.resolve("treatycheck-" + id + ".jsa");
        Files.writeString(archive, "not an archive");
        // ... with which the JVM crashes (SIGSEGV: status 139).
        Path bin = standInJava("""
                for a in "$@"; do
                    case $a in -XX:SharedArchiveFile=*) exit 139 ;; esac
                done
                exec "%s" "$@"
                """.formatted(REAL_JAVA));

        Run run = launch(Map.of("PATH", bin + ":" + System.getenv("PATH")), "check", DRAFT.toString(), "-o", reports.toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("crashed with the class-data-sharing archive; running again without it"), run.err());
        assertTrue(Files.isRegularFile(reports.resolve("automatic-accession-2025.xlsx")));
        assertFalse(Files.exists(archive));
        assertTrue(Files.exists(Path.of(archive + ".failed")), "no second attempt with this jar");
    }

    /** The launcher's id of an archive: POSIX cksum of the jar's path. */
    private String cksum(String text) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" | cksum | cut -d ' ' -f 1", "sh", text).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor());
        return out;
    }

    private Path onlyArchive() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("cds"))) {
            List<Path> archives = files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
            assertEquals(1, archives.size(), archives.toString());
            return archives.get(0);
        }
    }

    /** A folder holding a {@code java} that runs {@code body} (sh). */
    private Path standInJava(String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
        pb.directory(dir.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("TREATYCHECK_"));
        e.put("TREATYCHECK_CACHE_DIR", cache.toString());
        e.put("PATH", Path.of(REAL_JAVA).getParent() + ":" + e.getOrDefault("PATH", "/usr/bin:/bin"));
        e.putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish within 5 minutes");
        }
        Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        // A jar older than the sources would make the launcher run Maven inside this build.
        assertFalse(run.err().contains("treatycheck: building"), "run mvn package before this test: " + run.err());
        return run;
    }
}
