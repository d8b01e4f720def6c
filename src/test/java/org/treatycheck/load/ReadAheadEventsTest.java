package org.treatycheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Events read ahead on another thread are the parser's events, in its order, and a parser failure
 * comes out where the parser would have thrown it; a treaty loads the same either way.
 */
class ReadAheadEventsTest {

    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true).setLabel("test.yaml").build();

    /** Every shipped draft and every file of the bad-draft catalog, and texts broken at various points. */
    static Stream<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("treaties"), Path.of("src/test/resources/bad-drafts"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        }
        texts.add("");
        texts.add("a: [1, 2\nb: 3\n");
        texts.add("- x\n- y\n  bad: indentation\n");
        texts.add("key: \"unterminated\n");
        texts.add("a: 1\n---\nb: 2\n...\n--- !!map\nc: *undefined\n");
        return texts.stream();
    }

    /** What a parser gives: each event with its position, then the failure's message if it fails. */
    private static List<String> drain(Parser parser) {
        List<String> seen = new ArrayList<>();
        try {
            while (parser.hasNext()) {
                Event peeked = parser.peekEvent();
                boolean checks = parser.checkEvent(peeked.getEventId());
                Event event = parser.next();
                seen.add(event + " at " + event.getStartMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse("?")
                        + (peeked == event && checks ? "" : " (peek differs)"));
            }
        } catch (RuntimeException e) {
            seen.add("failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return seen;
        }
        try {
            seen.add("then check: " + parser.checkEvent(Event.ID.StreamEnd));
        } catch (RuntimeException e) {
            seen.add("then check fails: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return seen;
    }

    private static Parser parser(String text) {
        return new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void givesTheParsersEventsAndFailureWhateverTheBatchSize(String text) {
        List<String> direct = drain(parser(text));
        for (int batch : new int[] {1, 3, ReadAheadEvents.BATCH}) {
            try (ReadAheadEvents ahead = new ReadAheadEvents(parser(text), batch, "test-yaml")) {
                assertEquals(direct, drain(ahead), "batches of " + batch);
            }
        }
    }

    @Test
    void closingHalfwayStopsTheReadingThread() {
        String big = "- item\n".repeat(100_000);
        ReadAheadEvents ahead = new ReadAheadEvents(parser(big), 2, "test-yaml");
        ahead.next();
        ahead.next();
        assertTrue(ahead.hasNext());
        ahead.close();
        assertFalse(ahead.reading());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aTreatyLoadsTheSameWithEventsReadAheadAndNoReaderOutlivesTheLoad(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(outcome(bytes, Integer.MAX_VALUE), outcome(bytes, 0));
        // Whether the draft loaded or was rejected halfway (too deep, a second document, a bad tag).
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("treatycheck-yaml") && t.isAlive()).toList());
    }

    @Test
    void anErrorOfTheParserComesOutAfterTheEventsBeforeIt() {
        StackOverflowError error = new StackOverflowError("deep");
        try (ReadAheadEvents ahead = new ReadAheadEvents(failingAfter(parser("- a\n- b\n"), 3, error), 2, "test-yaml")) {
            List<Event.ID> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(ahead.next().getEventId());
            }
            assertEquals(List.of(Event.ID.StreamStart, Event.ID.DocumentStart, Event.ID.SequenceStart), ids);
            assertSame(error, assertThrows(StackOverflowError.class, ahead::hasNext));
        }
    }

    @Test
    void aCheckedExceptionOfTheParserIsWrappedNotLostNorAHang() {
        Exception checked = new java.io.IOException("stealth");
        try (ReadAheadEvents ahead = new ReadAheadEvents(failingAfter(parser("a: 1\n"), 1, checked), 4, "test-yaml")) {
            ahead.next();
            IllegalStateException e = assertThrows(IllegalStateException.class, ahead::peekEvent);
            assertSame(checked, e.getCause());
        }
    }

    /** A parser that gives {@code events} events of {@code parser}, then throws {@code failure}. */
    private static Parser failingAfter(Parser parser, int events, Throwable failure) {
        return new Parser() {
            private int given;

            @Override
            public boolean checkEvent(Event.ID choice) {
                return peekEvent().getEventId() == choice;
            }

            @Override
            public Event peekEvent() {
                if (given >= events) {
                    sneakyThrow(failure);
                }
                return parser.peekEvent();
            }

            @Override
            public boolean hasNext() {
                peekEvent();
                return true;
            }

            @Override
            public Event next() {
                peekEvent();
                given++;
                return parser.next();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    private static String outcome(byte[] bytes, int readAheadFromChars) {
        try {
            return TreatyLoader.load(bytes, "test.yaml", readAheadFromChars).toString();
        } catch (TreatyLoadException e) {
            return e.problems().toString();
        }
    }
}
