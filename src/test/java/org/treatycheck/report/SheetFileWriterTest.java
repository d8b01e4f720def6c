package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SheetFileWriterTest {

    @Test
    void charactersStringsAndArraysOfAnySizeArriveInOrder() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (SheetFileWriter out = new SheetFileWriter(target)) {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 20_000; i++) {
                    char c = (char) ('a' + i % 26);
                    out.write(c);
                    expected.append(c);
                }
                String big = "<row r=\"" + round + "\">".repeat(3_000); // larger than the buffer
                out.write(big);
                expected.append(big);
                char[] chars = "é&<>\"'".toCharArray();
                out.write(chars, 1, 4);
                expected.append(chars, 1, 4);
                out.write("0123456789", 2, 5);
                expected.append("23456");
                char[] huge = "x".repeat(40_000).toCharArray();
                out.write(huge, 0, huge.length);
                expected.append(huge);
            }
        }
        assertEquals(expected.toString(), target.toString());
    }

    @Test
    void flushAndCloseHandEverythingOn() throws IOException {
        boolean[] closed = {false};
        StringWriter target = new StringWriter() {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        SheetFileWriter out = new SheetFileWriter(target);
        out.write("<c>");
        assertEquals("", target.toString(), "buffered until flushed");
        out.flush();
        assertEquals("<c>", target.toString());
        out.write('x');
        out.close();
        assertEquals("<c>x", target.toString());
        assertTrue(closed[0]);
    }

    @Test
    void aFailedCloseReportsTheWriteFailureAndASecondCloseDoesNothing() throws IOException {
        int[] closes = {0};
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() throws IOException {
                closes[0]++;
                throw new IOException("Stream closed");
            }
        };
        SheetFileWriter out = new SheetFileWriter(full);
        out.write("<row/>");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, out::close);
        assertEquals("No space left on device", e.getMessage());
        assertEquals("Stream closed", e.getSuppressed()[0].getMessage());
        out.close();
        assertEquals(1, closes[0], "the file is closed once");
    }
}
