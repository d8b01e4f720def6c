package org.treatycheck.report;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;

/**
 * Runs two pieces of work at once: one on the calling thread, the other on a thread of its own,
 * and returns when both are done. A failure of either is thrown once both have stopped, so that
 * nothing is still writing when the caller cleans up: the calling thread's failure first, with the
 * other's added as suppressed; a checked exception (which a {@code Runnable} can only throw by
 * stealth) is wrapped in an {@link IllegalStateException}, never lost.
 */
final class Concurrently {

    private Concurrently() {
    }

    static void run(Runnable here, Runnable alongside, ThreadFactory threads) {
        FutureTask<Void> other = new FutureTask<>(alongside, null);
        threads.newThread(other).start();
        Throwable failed = null;
        try {
            here.run();
        } catch (Throwable e) { // any failure waits for the other thread, and is thrown below
            failed = e;
        }
        Throwable otherFailed = awaitQuietly(other);
        if (failed == null) {
            failed = otherFailed;
        } else if (otherFailed != null) {
            failed.addSuppressed(otherFailed);
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed.toString(), failed);
        }
    }

    /** Waits for the task, even when interrupted; returns what it threw, or null. */
    private static Throwable awaitQuietly(FutureTask<Void> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
