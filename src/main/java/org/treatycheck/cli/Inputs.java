package org.treatycheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The input files of a run. A report is never written over one of them: a draft saved as
 * {@code <id>.json} and checked into its own folder would otherwise be replaced by its report.
 */
final class Inputs {

    private final List<Path> files;

    Inputs(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Fails when {@code target} is one of the inputs.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming the input, reported as a write failure
     */
    void refuseToOverwrite(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        for (Path input : files) {
            if (Files.exists(input) && Files.isSameFile(input, target)) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null,
                        "the report would replace the input draft; choose another output folder with -o");
            }
        }
    }
}
