package org.treatycheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatycheck.load.SchemaGenerator;
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
        TextOutput.emit(spec, output, SchemaGenerator.generate());
        return ExitCode.OK.code();
    }
}
