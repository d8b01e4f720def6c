package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {

    private static final ThreadFactory THREADS = r -> new Thread(r, "test-alongside");

    @Test
    void bothRunAtTheSameTimeOnTwoThreads() {
        // Each waits for the other to have started: run one after the other, this would time out.
        CountDownLatch started = new CountDownLatch(2);
        AtomicReference<Thread> other = new AtomicReference<>();
        AtomicBoolean metHere = new AtomicBoolean();
        AtomicBoolean metAlongside = new AtomicBoolean();
        Concurrently.run(() -> metHere.set(meet(started)), () -> {
            other.set(Thread.currentThread());
            metAlongside.set(meet(started));
        }, THREADS);
        assertTrue(metHere.get());
        assertTrue(metAlongside.get());
        assertNotEquals(Thread.currentThread(), other.get());
        assertEquals("test-alongside", other.get().getName());
    }

    private static boolean meet(CountDownLatch started) {
        started.countDown();
        try {
            return started.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aFailureAlongsideIsThrownToTheCaller() {
        IllegalStateException failure = new IllegalStateException("disk full");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Concurrently.run(() -> {
        }, () -> {
            throw failure;
        }, THREADS));
        assertSame(failure, thrown);
    }

    @Test
    void aFailureHereIsThrownOnlyOnceTheOtherHasFinishedAndCarriesItsFailure() {
        AtomicBoolean otherFinished = new AtomicBoolean();
        CountDownLatch hereFailed = new CountDownLatch(1);
        UnsupportedOperationException here = new UnsupportedOperationException("here");
        IllegalStateException alongside = new IllegalStateException("alongside");
        UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class, () -> Concurrently.run(() -> {
            hereFailed.countDown();
            throw here;
        }, () -> {
            try {
                hereFailed.await(10, TimeUnit.SECONDS); // still running after the caller's work failed
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            otherFinished.set(true);
            throw alongside;
        }, THREADS));
        assertSame(here, thrown);
        assertTrue(otherFinished.get());
        assertSame(alongside, thrown.getSuppressed()[0]);
    }

    @Test
    void anErrorAlongsideIsThrownAsItIs() {
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, () -> Concurrently.run(() -> {
        }, () -> {
            throw error;
        }, THREADS)));
    }

    @Test
    void aCheckedExceptionFromEitherSideIsWrappedNotLost() {
        java.io.IOException disk = new java.io.IOException("disk full");
        IllegalStateException alongside = assertThrows(IllegalStateException.class, () -> Concurrently.run(() -> {
        }, () -> sneakyThrow(disk), THREADS));
        assertSame(disk, alongside.getCause());
        IllegalStateException here = assertThrows(IllegalStateException.class, () -> Concurrently.run(() -> sneakyThrow(disk), () -> {
        }, THREADS));
        assertSame(disk, here.getCause());
    }

    /** Throws a checked exception where the compiler does not expect one, as some libraries do. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
