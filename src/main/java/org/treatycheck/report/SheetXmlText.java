package org.treatycheck.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Cell text as a streamed sheet's XML holds it, by the rules of POI's own streaming writer:
 * {@code < > & "} as entities, tab, line feed, carriage return and the no-break space as character
 * references, other control characters and the non-characters U+FFFE and U+FFFF as {@code ?}, all
 * else (surrogate pairs included) unchanged.
 *
 * <p>Why not POI's: it walks the text one code point at a time through an iterator and writes each
 * one on its own, a new array per character; this writes the runs between special characters in
 * one call, which matters for the tens of megabytes of text of a large report. A test checks that
 * both give the same characters for every kind of input.
 */
final class SheetXmlText {

    private SheetXmlText() {
    }

    /** Writes {@code text} (may be null: nothing is written) escaped to {@code out}. */
    static void write(Writer out, String text) throws IOException {
        if (text == null) {
            return;
        }
        int run = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~' && c != '<' && c != '>' && c != '&' && c != '"') {
                continue; // the common case: printable ASCII
            }
            String replacement = replacement(c);
            if (replacement != null) {
                out.write(text, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(text, run, length - run);
    }

    /** What stands for {@code c} in the XML, or null when it stands for itself. */
    private static String replacement(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            case '\uFFFE', '\uFFFF' -> "?";
            default -> c < ' ' ? "?" : null;
        };
    }
}
