package org.treatycheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyFiles;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;
import org.treatycheck.report.AtomicFiles;
import org.treatycheck.report.IndexEntry;
import org.treatycheck.report.IndexRenderer;
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

/**
 * {@code treatycheck check}: loads drafts, runs the rules, writes one report per draft, and for a
 * folder an index of all drafts. Drafts are checked in parallel with one shared rule base; output
 * comes in file order whatever the order of completion.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check drafts and write a report per draft (default: treaties/ -> reports/).")
final class CheckCommand implements Callable<Integer> {

    /** Below this many drafts a progress bar only flickers. */
    private static final int PROGRESS_THRESHOLD = 20;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Treaty files or folders (default: treaties).")
    private List<Path> paths = new ArrayList<>();

    @Mixin
    private ReportOptions options;

    @Mixin
    private RulesFolder rules;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "xlsx",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "text prints the findings to the console.")
    private List<ReportFormat> formats;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Drafts checked at once (default: the number of processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    /** The drafts of this run, which no report may replace. */
    private Inputs inputs;

    /** What became of one draft. */
    private record Outcome(Path file, List<String> errors, CheckResult result, TreatyReport report, List<Path> written,
            String text) {

        boolean checked() {
            return errors.isEmpty();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> named = paths.isEmpty() ? List.of(Path.of("treaties")) : paths;
        List<Path> files = files(named);
        inputs = new Inputs(files);
        boolean index = named.stream().anyMatch(Files::isDirectory) && formats.contains(ReportFormat.XLSX);

        WorkbookWarmUp warmUp = new WorkbookWarmUp(formats.contains(ReportFormat.XLSX));
        List<Outcome> outcomes = new ArrayList<>();
        RunInfo run;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, files.size())), daemon());
        try (ProgressBar bar = progressBar(files.size())) {
            // Drafts are parsed while the rule base is built (or read from its cache) on this thread.
            List<Future<Treaty>> loads = files.stream().map(f -> pool.submit(() -> {
                Treaty treaty = TreatyLoader.load(f);
                warmUp.start();
                return treaty;
            })).toList();
            RuleBase ruleBase = rules.load();
            run = ReportOptions.runInfo(ruleBase);
            Map<String, Path> owners = new HashMap<>();
            List<Future<Outcome>> checks = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Treaty treaty;
                try {
                    treaty = loads.get(i).get();
                } catch (ExecutionException e) {
                    checks.add(done(failed(file, e.getCause())));
                    continue;
                }
                // Reports are named by treaty id: decided here, in file order, so the outcome is the
                // same however the threads run.
                Path previous = owners.putIfAbsent(treaty.id(), file);
                if (previous != null || (index && treaty.id().equals("index"))) {
                    String why = previous != null ? "treaty id '" + treaty.id() + "' is also used by " + previous
                            + "; reports are named by treaty id, so ids must differ"
                            : "treaty id 'index' is reserved for the folder's index workbook";
                    checks.add(done(new Outcome(file, List.of(file + ": " + why), null, null, List.of(), "")));
                    continue;
                }
                checks.add(pool.submit(() -> check(file, treaty, ruleBase, run)));
            }
            for (Future<Outcome> f : checks) {
                Outcome o;
                try {
                    o = f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                outcomes.add(o);
                report(o, out, err);
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            stop(pool);
        }
        boolean badInput = outcomes.stream().anyMatch(o -> !o.checked());
        if (index) {
            badInput |= !writeIndex(outcomes, run, out, err);
        }
        out.flush();
        if (badInput) {
            return ExitCode.BAD_INPUT.code();
        }
        boolean failing = outcomes.stream().anyMatch(o -> options.failing(o.result()));
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private Outcome check(Path file, Treaty treaty, RuleBase ruleBase, RunInfo run) {
        CheckResult result = ruleBase.check(treaty);
        TreatyReport report = new TreatyReport(treaty, result.findings(), List.copyOf(ruleBase.rules().values()), run);
        List<Path> written = new ArrayList<>();
        String text = "";
        try {
            for (ReportFormat format : new LinkedHashSet<>(formats)) {
                if (format == ReportFormat.TEXT) {
                    // The text format is for the console; colour only when a person is watching.
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    new TextRenderer(System.console() != null && System.getenv("NO_COLOR") == null).write(report, buffer);
                    text = buffer.toString(StandardCharsets.UTF_8);
                    continue;
                }
                var renderer = format.renderer(false);
                Path target = options.output.resolve(treaty.id() + "." + renderer.extension());
                inputs.refuseToOverwrite(target);
                AtomicFiles.write(target, renderer, report);
                written.add(target);
            }
        } catch (IOException | UncheckedIOException e) {
            return new Outcome(file, List.of(file + ": cannot write the report to " + options.output + ": "
                    + ReportOptions.describe(e)), result, report, written, text);
        }
        return new Outcome(file, List.of(), result, report, written, text);
    }

    private static Outcome failed(Path file, Throwable cause) {
        if (cause instanceof TreatyLoadException e) {
            List<String> lines = new ArrayList<>(e.problems().stream().map(LoadProblem::toString).toList());
            lines.add(file + ": not checked (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                    + "); no report written");
            return new Outcome(file, lines, null, null, List.of(), "");
        }
        throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }

    private static void report(Outcome o, PrintWriter out, PrintWriter err) {
        if (o.checked()) {
            out.print(o.text());
            out.println(Summary.line(o.file(), o.result(), o.written()));
        } else {
            o.errors().forEach(err::println);
        }
    }

    private boolean writeIndex(List<Outcome> outcomes, RunInfo run, PrintWriter out, PrintWriter err) {
        List<IndexEntry> entries = outcomes.stream().map(o -> o.report() != null && o.checked()
                ? IndexEntry.checked(o.file().toString(), o.report(), o.report().treaty().id() + ".xlsx")
                : IndexEntry.failed(o.file().toString(), o.errors())).toList();
        Path target = options.output.resolve(IndexRenderer.FILE_NAME);
        try {
            inputs.refuseToOverwrite(target);
            AtomicFiles.write(target, stream -> IndexRenderer.write(entries, run, stream));
            out.println("index of " + entries.size() + " drafts -> " + target);
            return true;
        } catch (IOException | UncheckedIOException e) {
            err.println(target + ": cannot write the index: " + ReportOptions.describe(e));
            return false;
        }
    }

    /**
     * Stops the workers and waits for them: after a fault no queued draft starts, and a report being
     * written is finished or abandoned (its temporary file removed) before the command returns, so
     * nothing is written after the user has seen the error.
     */
    private static void stop(ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        if (!pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new IllegalStateException("report writers did not stop within 5 minutes");
        }
    }

    private static Future<Outcome> done(Outcome o) {
        return java.util.concurrent.CompletableFuture.completedFuture(o);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "treatycheck-check");
            t.setDaemon(true);
            return t;
        };
    }

    /** A progress bar on the terminal's error stream for long runs; none when output is redirected. */
    private static ProgressBar progressBar(int drafts) {
        if (drafts < PROGRESS_THRESHOLD || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Checking").setInitialMax(drafts).setUnit(" drafts", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
    }

    private static List<Path> files(List<Path> named) {
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
}
