package org.treatycheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkbookWarmUpTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch twice = new CountDownLatch(2);

    private void task() {
        runs.incrementAndGet();
        twice.countDown();
    }

    @Test
    void everyDraftThatLoadsStartsItButItRunsOnce() throws InterruptedException {
        WorkbookWarmUp warmUp = new WorkbookWarmUp(true, this::task);
        warmUp.start();
        warmUp.start();
        warmUp.start();
        assertFalse(twice.await(300, TimeUnit.MILLISECONDS), "a second warm-up ran");
        assertEquals(1, runs.get());
    }

    @Test
    void aRunWithoutWorkbooksNeverWarmsUp() throws InterruptedException {
        WorkbookWarmUp warmUp = new WorkbookWarmUp(false, this::task);
        warmUp.start();
        assertFalse(twice.await(300, TimeUnit.MILLISECONDS));
        assertEquals(0, runs.get());
    }

    @Test
    void itRunsOnADaemonThreadSoThatItNeverHoldsTheProcessOpen() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        boolean[] daemon = {false};
        new WorkbookWarmUp(true, () -> {
            daemon[0] = Thread.currentThread().isDaemon();
            ran.countDown();
        }).start();
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertTrue(daemon[0]);
    }
}
