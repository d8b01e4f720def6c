package org.treatycheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.TreatyFiles;
import org.treatycheck.regress.CaseResult;
import org.treatycheck.regress.CoverageRow;
import org.treatycheck.regress.JunitXml;
import org.treatycheck.regress.RegressionRun;
import org.treatycheck.regress.RegressionSuite;
import org.treatycheck.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatycheck test}: every rule case, every draft snapshot, and the coverage gate. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule regression tests and the snapshots of the shipped drafts.")
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesFolder rules;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Drafts whose snapshots are checked (default: treaties, when it exists).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--update", description = "Rewrite snapshots that differ, after a deliberate change.")
    private boolean update;

    @Option(names = "--coverage", description = "Show, per rule, its cases and how often it fired.")
    private boolean coverage;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report.")
    private Path junitXml;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase ruleBase = rules.load();
        RegressionSuite suite = RegressionSuite.discover(rules.folder(), drafts());
        RegressionRun run = suite.run(ruleBase, update);
        for (RegressionRun.Rewrite rewrite : run.rewrites()) {
            AtomicFiles.write(rewrite.file(), o -> o.write(rewrite.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            out.println("updated " + rewrite.file());
        }
        printFailures(run, out);
        if (coverage) {
            printCoverage(run, out);
        }
        if (junitXml != null) {
            AtomicFiles.write(junitXml, o -> {
                try {
                    JunitXml.write(run, o);
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            });
        }
        out.println(run.passed() + " passed, " + run.failed() + " failed");
        return run.ok() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    private List<Path> drafts() {
        try {
            if (paths.isEmpty()) {
                Path shipped = Path.of("treaties");
                return java.nio.file.Files.isDirectory(shipped) ? TreatyFiles.find(List.of(shipped)) : List.of();
            }
            return TreatyFiles.find(paths);
        } catch (NoSuchFileException e) {
            throw new UserError(e.getFile() + ": no such file or folder");
        } catch (IOException e) {
            throw new UserError("treatycheck: cannot read " + paths + ": " + e.getMessage());
        }
    }

    private static void printFailures(RegressionRun run, PrintWriter out) {
        List<CaseResult> failed = run.results().stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            out.println("FAILED CASES");
            for (CaseResult r : failed) {
                out.println("  " + r.name() + "  (" + r.file() + ")");
                r.differences().forEach(d -> out.println("      " + d));
            }
        }
        if (!run.gateProblems().isEmpty()) {
            out.println("COVERAGE GATE");
            run.gateProblems().forEach(p -> out.println("  " + p));
        }
    }

    private static void printCoverage(RegressionRun run, PrintWriter out) {
        int width = run.coverage().stream().mapToInt(r -> r.rule().length()).max().orElse(4);
        out.println(String.format("%-" + width + "s  %5s  %6s  %6s", "RULE", "FIRES", "SILENT", "FIRED"));
        for (CoverageRow row : run.coverage()) {
            out.println(String.format("%-" + width + "s  %5d  %6d  %6d", row.rule(), row.firingCases(), row.silentCases(),
                    row.firings()));
        }
    }
}
