package org.treatycheck.report;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all at once or not at all: the content goes to a hidden temporary file in the target
 * folder, which is then moved over the target. A reader never sees a half-written report, and a
 * failed run leaves the previous report as it was.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream it does not close. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 64 * 1024;
    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /**
     * Renders {@code report} into {@code target}, creating missing folders.
     *
     * @return the absolute path written
     */
    public static Path write(Path target, ReportRenderer renderer, TreatyReport report) throws IOException {
        return write(target, out -> renderer.write(report, out));
    }

    /**
     * Writes {@code content} into {@code target}, creating missing folders. On any failure (an
     * exception or error from {@code content} included) the temporary file is deleted and an
     * existing {@code target} is left untouched.
     *
     * @return the absolute path written
     */
    public static Path write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        // Same folder as the target: a move within one file system can be atomic.
        Path tmp = null;
        try {
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    // CREATE_NEW rather than Files.createTempFile: the report gets the permissions
                    // of any new file (umask), not the owner-only ones of a temp file.
                    channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    tmp = null;
                    if (attempt >= NAME_ATTEMPTS) {
                        throw e;
                    }
                }
            }
            try (FileChannel ch = channel) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER);
                content.writeTo(new KeepOpen(out));
                out.flush();
                // On disk before the rename, or a crash could leave an empty report in place.
                ch.force(true);
            }
            move(tmp, file);
            return file;
        } catch (Throwable t) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    t.addSuppressed(e);
                }
            }
            throw t;
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems refuse atomic renames; a plain replace is the best left.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Ignores close(), so a renderer closing its stream cannot close the channel before it is forced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
