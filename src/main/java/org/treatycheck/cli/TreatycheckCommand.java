package org.treatycheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code treatycheck}: the top command, which only dispatches to its subcommands. */
@Command(name = "treatycheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks draft peace-treaty clauses for conflicts, consequences and gaps.",
        subcommands = {CheckCommand.class, RulesCommand.class, TestCommand.class, SchemaCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on; all tests passed",
                "1:findings at or above --fail-on; a test failed",
                "2:bad input or usage (the message names file, line and column)",
                "3:internal error"})
public final class TreatycheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private boolean verbose;

    /** Shows engine logging and stack traces. Applied while parsing, before any logger exists. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show more: engine logging and stack traces.")
    void setVerbose(boolean value) {
        verbose = value;
        if (value) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.BAD_INPUT.code();
    }
}
