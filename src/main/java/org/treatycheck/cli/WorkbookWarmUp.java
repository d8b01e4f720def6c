package org.treatycheck.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.treatycheck.report.XlsxRenderer;

/**
 * The workbook warm-up of one run ({@link XlsxRenderer#warmUp}) on a daemon thread of its own,
 * started by the first draft that loads: POI's classes then load while the rule base does, and the
 * first report starts warm. A run whose drafts all fail to load never starts it and reports its
 * errors at once. Nothing waits for it: it touches no file, so a process that exits while it runs
 * (rules that fail to compile) loses nothing.
 */
final class WorkbookWarmUp {

    private final boolean wanted;
    private final Runnable task;
    private final AtomicBoolean started = new AtomicBoolean();

    /** @param wanted whether the run writes workbooks at all */
    WorkbookWarmUp(boolean wanted) {
        this(wanted, XlsxRenderer::warmUp);
    }

    /** With another task, for tests. */
    WorkbookWarmUp(boolean wanted, Runnable task) {
        this.wanted = wanted;
        this.task = task;
    }

    /** Starts the warm-up, the first time only; later calls (more drafts loading) do nothing. */
    void start() {
        if (!wanted || !started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(task, "treatycheck-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
