package org.treatycheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point. {@link #run} is what tests call; {@code main} only exits with its result. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line with the process's standard output and error. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line, printing to the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        TreatycheckCommand root = new TreatycheckCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT.code());
        cli.setParameterExceptionHandler((ex, args1) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("treatycheck: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return ExitCode.BAD_INPUT.code();
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter e = cmd.getErr();
            int code;
            if (ex instanceof UserError u) {
                u.lines().forEach(e::println);
                code = ExitCode.BAD_INPUT.code();
            } else if (ex instanceof org.treatycheck.engine.RuleRunException r) {
                e.println("treatycheck: " + r.getMessage());
                code = ExitCode.BAD_INPUT.code();
            } else {
                e.println("treatycheck: internal error: " + ex + (root.verbose() ? "" : " (run with --verbose for details)"));
                code = ExitCode.INTERNAL.code();
            }
            if (root.verbose()) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
