package org.treatycheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatycheck.load.SchemaGenerator;
import org.treatycheck.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatycheck schema}: the JSON Schema of the treaty format, for editor completion. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print (or write) the JSON Schema of the treaty file format.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (e.g. docs/treaty.schema.json).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        String schema = SchemaGenerator.generate();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
        } else {
            AtomicFiles.write(output, out -> out.write(schema.getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getOut().println("wrote " + output);
        }
        return ExitCode.OK.code();
    }
}
