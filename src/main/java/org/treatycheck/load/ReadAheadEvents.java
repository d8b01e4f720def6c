package org.treatycheck.load;

import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser's events, read on a thread of its own a few batches ahead of whoever takes them.
 *
 * <p>Why: reading a large draft is scanning its characters into events, then composing the events
 * into nodes, one after the other on one core; with the scanning on a second core the two overlap
 * (a 50,000-clause draft: 0.3 s of its 2 s of YAML). The events and a failure of the parser come
 * out exactly as the parser gives them: a failure is thrown where the parser would have thrown it,
 * after the events before it. Only worth a thread for a large file.
 *
 * <p>{@link #close()} stops the reading thread when the events are not all taken (a draft rejected
 * halfway).
 */
final class ReadAheadEvents implements Parser, AutoCloseable {

    /** Events handed over at a time: handing over one by one would cost more than it saves. */
    static final int BATCH = 256;
    /** Batches read ahead at most, so that a file is never all in memory as events at once. */
    private static final int BATCHES_AHEAD = 32;

    /** Some events, and at the end either nothing more or what the parser threw next. */
    private record Batch(Event[] events, int size, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private Batch batch = new Batch(new Event[0], 0, false, null);
    private int next;

    /** Starts reading {@code parser}'s events on a thread named {@code threadName}. */
    ReadAheadEvents(Parser parser, int batchSize, String threadName) {
        reader = new Thread(() -> read(parser, batchSize), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Parser parser, int batchSize) {
        Event[] events = new Event[batchSize];
        int size = 0;
        try {
            while (parser.hasNext()) {
                events[size++] = parser.next();
                if (size == batchSize) {
                    queue.put(new Batch(events, size, false, null));
                    events = new Event[batchSize];
                    size = 0;
                }
            }
            queue.put(new Batch(events, size, true, null));
        } catch (InterruptedException e) {
            // closed: nobody takes the rest
        } catch (Throwable e) { // whatever the parser throws is the taker's to see, where the parser threw it
            try {
                queue.put(new Batch(events, size, true, e));
            } catch (InterruptedException closed) {
                // closed: nobody takes the failure either
            }
        }
    }

    /** True when an event is ready in the current batch; else takes the next batch, or throws the failure. */
    private boolean ready() {
        while (next == batch.size()) {
            if (batch.last()) {
                Throwable failure = batch.failure();
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                if (failure != null) {
                    throw new IllegalStateException("the YAML parser failed: " + failure, failure);
                }
                return false;
            }
            batch = take();
            next = 0;
        }
        return true;
    }

    /**
     * The next batch. The reader hands over a last batch however it stops, but should it die
     * without (no memory left even for that), this fails rather than wait for ever.
     */
    private Batch take() {
        try {
            while (true) {
                Batch taken = queue.poll(100, TimeUnit.MILLISECONDS);
                if (taken != null) {
                    return taken;
                }
                if (!reader.isAlive() && queue.isEmpty()) {
                    throw new IllegalStateException("the YAML reader stopped without handing over the rest of the file");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading YAML", e);
        }
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return peekEvent().getEventId() == choice;
    }

    @Override
    public Event peekEvent() {
        if (!ready()) {
            throw new NoSuchElementException("No more Events found."); // as the parser says it
        }
        return batch.events()[next];
    }

    @Override
    public Event next() {
        Event event = peekEvent();
        batch.events()[next++] = null; // taken: the reader's batches do not keep what the composer has used
        return event;
    }

    @Override
    public boolean hasNext() {
        return ready();
    }

    /** Whether the reading thread is still at work (or blocked waiting for room): for tests. */
    boolean reading() {
        return reader.isAlive();
    }

    /** Stops the reading thread if it is still reading; waits for it to stop. */
    @Override
    public void close() {
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
