package org.govkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use while it runs, sampled every 100 ms on a daemon thread: garbage not yet
 * collected included, so an upper bound of what the work needs.
 */
final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    HeapWatch() {
        MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(bean.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "govkg-heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        thread.interrupt();
    }

    /** Bytes. */
    long peak() {
        return peak.get();
    }
}
