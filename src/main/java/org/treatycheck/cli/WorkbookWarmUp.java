package org.treatycheck.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.treatycheck.report.XlsxRenderer;

/**
 * The workbook warm-up of one run ({@link XlsxRenderer#warmUp}), on a thread of its own: started by
 * the first draft that loads, so that POI's classes load while the rule base does and the first
 * report starts warm, and awaited before the command returns.
 *
 * <p>Why started by a loaded draft: a run whose drafts all fail to load writes no report and should
 * report its errors at once. Why awaited: POI streams even the warm-up's sheets through temporary
 * files, which a process that exits in the middle would leave behind.
 */
final class WorkbookWarmUp {

    /** Far longer than the warm-up ever takes (a quarter of a second): only a stuck thread waits this long. */
    private static final long PATIENCE_MILLIS = 30_000;

    private final boolean wanted;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Thread thread;

    /** @param wanted whether the run writes workbooks at all */
    WorkbookWarmUp(boolean wanted) {
        this.wanted = wanted;
    }

    /** Starts the warm-up, the first time only. */
    void start() {
        if (!wanted || !started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(XlsxRenderer::warmUp, "treatycheck-warm-up");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Waits for the warm-up, if it started, to finish. */
    void await() throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(PATIENCE_MILLIS);
        }
    }
}
