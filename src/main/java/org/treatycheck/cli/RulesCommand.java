package org.treatycheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.regress.RegressionSuite;
import org.treatycheck.regress.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatycheck rules}: the rule catalog, as a table or as the Markdown rule reference. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules (id, severity, kind, title), or write the rule reference as Markdown.")
final class RulesCommand implements Callable<Integer> {

    /** Output formats of the catalog. */
    enum Format { TEXT, MARKDOWN }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesFolder rules;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or markdown (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the console.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        RuleBase ruleBase = rules.load();
        String text = switch (format) {
            case TEXT -> RuleDocs.table(ruleBase.rules().values());
            case MARKDOWN -> RuleDocs.markdown(ruleBase.rules().values(), cases());
        };
        TextOutput.emit(spec, output, text);
        return ExitCode.OK.code();
    }

    private List<org.treatycheck.regress.RuleCase> cases() throws IOException {
        return RegressionSuite.discover(rules.folder(), List.of()).cases();
    }
}
