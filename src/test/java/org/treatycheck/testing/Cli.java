package org.treatycheck.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.treatycheck.cli.Main;

/**
 * Runs the command line in-process, as a user would, through the testable entry point
 * {@link Main#run(PrintWriter, PrintWriter, String...)}, and captures what it prints.
 */
public record Cli(int code, String out, String err) {

    /** A rule set that compiles fast and never fires: for runs that are about the drafts, not the rules. */
    public static final String QUIET_RULES = """
            package org.treatycheck.rules.robustness;
            import org.treatycheck.model.Clauses.ForceLimit;
            global org.treatycheck.engine.FindingCollector findings;

            rule "never-fires"
                @severity("info") @kind("gap") @title("Never fires") @detects("nothing") @grounds("none")
                @message("Clause {limit} caps nobody.")
            when
                $l : ForceLimit(party == "nobody-at-all")
            then
                findings.report(drools).clause("limit", $l).emit();
            end
            """;

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Writes {@link #QUIET_RULES} into {@code folder} and returns it. */
    public static Path quietRules(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("quiet.drl"), QUIET_RULES);
        return folder;
    }

    /** Nothing printed looks like a Java stack trace. */
    public void assertNoStackTrace() {
        String all = out + err;
        assertFalse(all.contains("\tat ") || all.contains("Caused by: "),
                "no stack trace without --verbose:\n" + all);
    }

    /** Every file under {@code folder}, relative, sorted; empty when the folder does not exist. */
    public static List<String> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
