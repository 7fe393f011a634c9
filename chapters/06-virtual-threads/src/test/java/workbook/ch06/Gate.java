package workbook.ch06;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Tasks held at a gate the test owns, recording which threads ran them and how many were inside at once.
 * A test reads as a story: start tasks, wait until they are in, look, open the gate, assert.
 */
final class Gate {

    private final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger mostInside = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** A task that notes its thread, waits at the gate, then counts itself finished. */
    Runnable task() {
        return () -> {
            threads.add(Thread.currentThread());
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                gate.await();
                finished.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        };
    }

    List<Runnable> tasks(int count) {
        return IntStream.range(0, count).mapToObj(i -> task()).toList();
    }

    void open() {
        gate.countDown();
    }

    /**
     * Returns once {@code count} tasks are inside at the same time. The test class's @Timeout bounds it: the loop
     * gives up when that timeout interrupts it (or, in SEPARATE_THREAD mode, JUnit stops waiting for it).
     */
    void awaitInside(int count) throws InterruptedException {
        while (inside.get() < count) {
            if (Thread.interrupted()) throw new InterruptedException("only " + inside.get() + " of " + count + " tasks got inside");
            Thread.onSpinWait();
        }
    }

    /** Runs {@code body} on a platform thread of its own and keeps what it threw. */
    static final class Runner {
        interface Body {
            void run() throws Exception;
        }

        final Thread thread;
        volatile Throwable failure;

        Runner(Body body) {
            // A daemon: if a test fails with the gate shut, the caller stays blocked and must not keep the JVM alive.
            thread = Thread.ofPlatform().name("caller").daemon().start(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    failure = t;
                }
            });
        }

        void finish() throws Exception {
            thread.join();
            if (failure instanceof Exception e) throw e;
            if (failure instanceof Error e) throw e;
        }

        /** Returns once the thread is parked in a method called {@code method}, or has ended; gives up if interrupted. */
        void awaitParkedIn(String method) throws InterruptedException {
            var parked = Set.of(Thread.State.WAITING, Thread.State.TIMED_WAITING);
            while (true) {
                var state = thread.getState();
                if (state == Thread.State.TERMINATED) return;
                if (parked.contains(state)) {
                    for (var frame : thread.getStackTrace()) if (frame.getMethodName().equals(method)) return;
                }
                if (Thread.interrupted()) throw new InterruptedException("the caller never parked in " + method + "()");
                Thread.onSpinWait();
            }
        }
    }
}
