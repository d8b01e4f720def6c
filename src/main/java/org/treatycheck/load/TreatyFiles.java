package org.treatycheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** Finds the treaty files a command names: files as given, folders searched for {@code *.yaml} and {@code *.yml}. */
public final class TreatyFiles {

    private TreatyFiles() {
    }

    /** True for a name a treaty file may have. */
    public static boolean isTreatyFileName(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * The treaty files under these paths, each folder's files in path order, without duplicates.
     *
     * @throws NoSuchFileException for a path that does not exist
     */
    public static List<Path> find(List<Path> paths) throws IOException {
        LinkedHashSet<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(TreatyFiles::isTreatyFileName)
                            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return new ArrayList<>(files);
    }
}
