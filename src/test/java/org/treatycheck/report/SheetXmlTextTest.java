package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** Cell text escaped as POI's own streaming writer escapes it, character for character. */
class SheetXmlTextTest {

    /** POI's escaping, reached through a writer of its own that writes to memory. */
    private static final class PoiEscaping extends SheetDataWriter {
        private final StringWriter text;

        PoiEscaping(StringWriter text) throws IOException {
            super(text);
            this.text = text;
        }

        static String of(String s) throws IOException {
            StringWriter out = new StringWriter();
            try (PoiEscaping poi = new PoiEscaping(out)) {
                poi.outputEscapedString(s);
            }
            return out.toString();
        }

        @Override
        public void close() {
            // nothing to close: the text stays readable, and there is no temporary file
        }
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        SheetXmlText.write(out, s);
        return out.toString();
    }

    @Test
    void specialCharactersBecomeEntitiesOrQuestionMarks() throws IOException {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; 'd'", ours("a <b> & \"c\" 'd'"));
        assertEquals("1&#x9;2&#xa;3&#xd;4&#xa0;5", ours("1\t2\n3\r4\u00A05"));
        assertEquals("?x?y?", ours("\u0000x\u001Fy\uFFFE"));
        assertEquals("Київ \uD83C\uDDFA\uD83C\uDDE6", ours("Київ \uD83C\uDDFA\uD83C\uDDE6"));
        assertEquals("", ours(""));
        assertEquals("", ours(null));
    }

    @Test
    void everyCharacterAloneAsPoiWritesIt() throws IOException {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            assertEquals(PoiEscaping.of(s), ours(s), () -> "character U+" + Integer.toHexString(s.charAt(1)));
        }
    }

    @Test
    void mixedTextAsPoiWritesIt() throws IOException {
        // Runs of plain text between specials, surrogate pairs and lone surrogates, at every position.
        String[] parts = {"plain", " ", "<", ">", "&", "\"", "'", "\n", "\r\n", "\t", "\u00A0", "\u0001", "\u007F", "\u0085",
            "\uFFFE", "\uFFFF", "\uD83D\uDE00", "\uD800", "\uDC00", "é", "Україна", "&amp;", "]]>"};
        Random random = new Random(20261122);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(parts[random.nextInt(parts.length)]);
            }
            String text = s.toString();
            assertEquals(PoiEscaping.of(text), ours(text), () -> "text " + text.codePoints()
                    .mapToObj(cp -> "U+" + Integer.toHexString(cp)).toList());
        }
    }
}
