package org.treatycheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyFiles;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Treaty;
import org.treatycheck.report.AtomicFiles;
import org.treatycheck.report.ReportFormat;
import org.treatycheck.report.RunInfo;
import org.treatycheck.report.TextRenderer;
import org.treatycheck.report.TreatyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatycheck check}: loads drafts, runs the rules, writes one report per draft. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check drafts and write a report per draft (default: treaties/ -> reports/).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Treaty files or folders (default: treaties).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
            description = "Where reports are written (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Mixin
    private RulesFolder rules;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a finding is at least this serious: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Severity failOn;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "xlsx",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "text prints the findings to the console.")
    private List<ReportFormat> formats;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = files();
        RuleBase ruleBase = rules.load();
        RunInfo run = new RunInfo(Version.get(), ruleBase.fingerprint(), generatedAt());

        boolean badInput = false;
        boolean failing = false;
        Map<String, Path> reportOwner = new HashMap<>();
        for (Path file : files) {
            Treaty treaty;
            try {
                treaty = TreatyLoader.load(file);
            } catch (TreatyLoadException e) {
                e.problems().stream().map(LoadProblem::toString).forEach(err::println);
                err.println(file + ": not checked (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                        + "); no report written");
                badInput = true;
                continue;
            }
            Path previous = reportOwner.putIfAbsent(treaty.id(), file);
            if (previous != null) {
                err.println(file + ": treaty id '" + treaty.id() + "' is also used by " + previous
                        + "; reports are named by treaty id, so ids must differ; not checked");
                badInput = true;
                continue;
            }
            CheckResult result = ruleBase.check(treaty);
            TreatyReport report = new TreatyReport(treaty, result.findings(), List.copyOf(ruleBase.rules().values()), run);
            List<Path> written;
            try {
                written = write(report, out);
            } catch (IOException | UncheckedIOException e) {
                err.println(file + ": cannot write the report to " + output + ": " + describe(e));
                badInput = true;
                continue;
            }
            failing |= result.countAtLeast(failOn) > 0;
            out.println(Summary.line(file, result, written));
        }
        out.flush();
        if (badInput) {
            return ExitCode.BAD_INPUT.code();
        }
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private List<Path> files() {
        List<Path> named = paths.isEmpty() ? List.of(Path.of("treaties")) : paths;
        try {
            List<Path> files = TreatyFiles.find(named);
            if (files.isEmpty()) {
                throw new UserError("treatycheck: no treaty files (*.yaml, *.yml) in " + String.join(", ",
                        named.stream().map(Path::toString).toList()));
            }
            return files;
        } catch (NoSuchFileException e) {
            throw new UserError(e.getFile() + ": no such file or folder");
        } catch (IOException e) {
            throw new UserError("treatycheck: cannot read " + named + ": " + e.getMessage());
        }
    }

    private List<Path> write(TreatyReport report, PrintWriter out) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : new LinkedHashSet<>(formats)) {
            if (format == ReportFormat.TEXT) {
                // The text format is for the console; colour only when a person is watching.
                var stream = new java.io.ByteArrayOutputStream();
                new TextRenderer(System.console() != null && System.getenv("NO_COLOR") == null).write(report, stream);
                out.print(stream.toString(StandardCharsets.UTF_8));
                continue;
            }
            var renderer = format.renderer(false);
            Path target = output.resolve(report.treaty().id() + "." + renderer.extension());
            AtomicFiles.write(target, renderer, report);
            written.add(target);
        }
        return written;
    }

    /** Honours SOURCE_DATE_EPOCH so that reports can be reproduced byte for byte. */
    static Instant generatedAt() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + m + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
