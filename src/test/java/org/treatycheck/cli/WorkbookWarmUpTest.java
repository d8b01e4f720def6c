package org.treatycheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbookWarmUpTest {

    /** Where POI streams sheets: the warm-up's temporary files appear there while it runs. */
    private static final Path POI_FILES = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");

    @Test
    void awaitReturnsOnlyOnceTheWarmUpHasCleanedUpAfterItself() throws Exception {
        List<Path> before = poiFiles();
        WorkbookWarmUp warmUp = new WorkbookWarmUp(true);
        warmUp.start();
        warmUp.start(); // a second draft loading: still one warm-up
        warmUp.await();
        assertEquals(before, poiFiles(), "a process exiting now leaves no temporary file behind");
    }

    @Test
    void aRunWithoutWorkbooksNeverWarmsUp() throws Exception {
        WorkbookWarmUp warmUp = new WorkbookWarmUp(false);
        warmUp.start();
        boolean running = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("treatycheck-warm-up"));
        assertFalse(running);
        warmUp.await();
    }

    private static List<Path> poiFiles() throws IOException {
        if (!Files.isDirectory(POI_FILES)) {
            return List.of();
        }
        try (var files = Files.list(POI_FILES)) {
            return files.sorted().toList();
        }
    }
}
