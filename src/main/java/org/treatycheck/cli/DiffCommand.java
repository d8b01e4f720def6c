package org.treatycheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatycheck.engine.CheckResult;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.LoadProblem;
import org.treatycheck.load.TreatyLoadException;
import org.treatycheck.load.TreatyLoader;
import org.treatycheck.model.Treaty;
import org.treatycheck.report.AtomicFiles;
import org.treatycheck.report.DiffRenderer;
import org.treatycheck.report.DraftComparison;
import org.treatycheck.report.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatycheck diff OLD NEW}: what changed between two rounds of a draft. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two drafts: findings new, resolved and persisting; clauses added, removed and changed.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier draft.")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later draft.")
    private Path newFile;

    @Mixin
    private ReportOptions options;

    @Mixin
    private RulesFolder rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        Treaty before = load(oldFile, problems);
        Treaty after = load(newFile, problems);
        if (before == null || after == null) {
            throw new UserError(problems, null);
        }
        RuleBase ruleBase = rules.load();
        CheckResult oldResult = ruleBase.check(before);
        CheckResult newResult = ruleBase.check(after);
        DraftComparison diff = DraftComparison.of(before, oldResult.findings(), after, newResult.findings());
        RunInfo run = ReportOptions.runInfo(ruleBase);
        Path target = options.output.resolve("diff-" + before.id() + "-" + after.id() + ".xlsx");
        try {
            new Inputs(List.of(oldFile, newFile)).refuseToOverwrite(target);
            AtomicFiles.write(target, stream -> DiffRenderer.write(diff, run, stream));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(List.of(target + ": cannot write the comparison: " + e.getMessage()), e);
        }
        for (DraftComparison.FindingChange c : diff.findings()) {
            if (c.status() != DraftComparison.FindingStatus.PERSISTING) {
                out.println("  " + c.status().name().toLowerCase(java.util.Locale.ROOT) + "  " + c.finding().severity().yamlName()
                        + "  " + c.finding().rule() + " [" + String.join(", ", c.finding().clauses()) + "]");
            }
        }
        out.println(oldFile + " -> " + newFile + ": " + diff.summary() + " -> " + target);
        return options.failing(newResult) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static Treaty load(Path file, List<String> problems) {
        try {
            return TreatyLoader.load(file);
        } catch (TreatyLoadException e) {
            e.problems().stream().map(LoadProblem::toString).forEach(problems::add);
            problems.add(file + ": not loaded; no comparison written");
            return null;
        }
    }
}
