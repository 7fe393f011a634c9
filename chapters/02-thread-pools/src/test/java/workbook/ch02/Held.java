package workbook.ch02;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks held at a gate the test owns: none of them can finish before {@link #release()}. Like the JSR-166
 * TCK's helpers, it lets a test read as a story: start tasks, hold them, look, release, assert.
 */
final class Held {

    private final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger interrupted = new AtomicInteger();

    /** A task that waits at the gate, then counts itself finished. */
    Runnable task() {
        return () -> {
            started.incrementAndGet();
            try {
                gate.await();
                finished.incrementAndGet();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
        };
    }

    List<Runnable> tasks(int count) {
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < count; i++) tasks.add(task());
        return tasks;
    }

    void release() {
        gate.countDown();
    }

    /** A thread that runs {@code body} and keeps what it threw, so the test can rethrow it after join(). */
    static final class Runner {
        interface Body {
            void run() throws Exception;
        }

        final Thread thread;
        volatile Throwable failure;

        Runner(String name, Body body) {
            thread = Thread.ofPlatform().name(name).start(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    failure = t;
                }
            });
        }

        /** Joins, and fails the test with whatever the body threw. */
        void finish() throws Exception {
            thread.join();
            if (failure instanceof Exception e) throw e;
            if (failure instanceof Error e) throw e;
        }
    }

    private static final Set<Thread.State> PARKED = Set.of(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.BLOCKED);

    /**
     * Returns once {@code t} is parked inside a method called {@code method} (e.g. awaitTermination), or has
     * ended. Polls without sleeping; the class's @Timeout bounds it.
     */
    static void awaitParkedIn(Thread t, String method) {
        while (true) {
            var state = t.getState();
            if (state == Thread.State.TERMINATED) return;
            if (PARKED.contains(state)) {
                for (var frame : t.getStackTrace()) {
                    if (frame.getMethodName().equals(method)) return;
                }
            }
            Thread.onSpinWait();
        }
    }

    /** Returns once {@code t} is parked (waiting for a lock, a latch, a condition...) or has ended. */
    static void awaitParked(Thread t) {
        while (true) {
            var state = t.getState();
            if (state == Thread.State.TERMINATED || PARKED.contains(state)) return;
            Thread.onSpinWait();
        }
    }
}
