package org.treatycheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.treatycheck.report.AtomicFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's text goes: the console, or a file written whole (temp file and move). */
final class TextOutput {

    private TextOutput() {
    }

    /** Prints {@code text}, or writes it to {@code file} and says so. */
    static void emit(CommandSpec spec, Path file, String text) throws IOException {
        if (file == null) {
            spec.commandLine().getOut().print(text);
        } else {
            AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getOut().println("wrote " + file);
        }
    }
}
