package org.treatycheck.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a streamed sheet's temporary file that neither locks nor checks
 * whether it is open on every character.
 *
 * <p>Why: POI writes a streamed sheet's XML one character at a time, and through the
 * {@link java.io.BufferedWriter} it uses, every character takes a lock and an open check: a fifth
 * of the time of a 50,000-clause workbook, measured. Here characters are collected in an array and
 * handed on in blocks. One sheet is written by one thread, so there is nothing to lock.
 */
final class SheetFileWriter extends Writer {

    private static final int SIZE = 1 << 14;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;
    private boolean closed;

    SheetFileWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == SIZE) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len > SIZE - used) {
            drain();
            if (len >= SIZE) {
                out.write(chars, off, len);
                return;
            }
        }
        System.arraycopy(chars, off, buffer, used, len);
        used += len;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        if (len > SIZE - used) {
            drain();
            if (len >= SIZE) {
                out.write(text, off, len);
                return;
            }
        }
        text.getChars(off, off + len, buffer, used);
        used += len;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /**
     * Hands on what is buffered and closes the file; once only, since POI closes again when it
     * disposes of a sheet whose writing failed. A failure to hand on is the one reported.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            drain();
        } catch (IOException | RuntimeException e) {
            used = 0;
            try {
                out.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        out.close();
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
