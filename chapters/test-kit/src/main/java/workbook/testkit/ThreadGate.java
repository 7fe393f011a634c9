package workbook.testkit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Tasks held at a gate the test owns, in this JVM: none of them can finish before {@link #open()}. Each task notes
 * its thread and counts itself in, finished or interrupted, so a test reads as a story (as with the JSR-166 TCK's
 * helpers): make tasks, hand them over, wait until they are in, look, open, assert.
 */
public final class ThreadGate implements Gate {

    private final CountDownLatch latch = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /**
     * A task that notes its thread, waits at the gate, then counts itself finished. Interrupted while it waits, it
     * counts itself interrupted (not finished), keeps the interrupt status and returns.
     */
    public Runnable task() {
        return () -> {
            started.incrementAndGet();
            threads.add(Thread.currentThread());
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                latch.await();
                finished.incrementAndGet();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        };
    }

    public List<Runnable> tasks(int count) {
        return IntStream.range(0, count).mapToObj(i -> task()).toList();
    }

    @Override
    public void open() {
        latch.countDown();
    }

    @Override
    public boolean isOpen() {
        return latch.getCount() == 0;
    }

    /** Tasks that have begun to run. */
    public int started() { return started.get(); }
    /** Tasks that passed the gate and ended normally. */
    public int finished() { return finished.get(); }
    /** Tasks interrupted while they waited at the gate. */
    public int interrupted() { return interrupted.get(); }
    /** Tasks waiting at the gate now. */
    public int inside() { return inside.get(); }
    /** The most tasks that were inside at the same time. */
    public int mostInside() { return mostInside.get(); }
    /** Every thread that ran a task. */
    public Set<Thread> threads() { return Set.copyOf(threads); }

    /**
     * Returns once {@code count} tasks are inside at the same time. The test's @Timeout bounds it: the loop gives up
     * when that timeout interrupts it (in SEPARATE_THREAD mode, JUnit stops waiting for it).
     */
    public void awaitInside(int count) throws InterruptedException {
        while (inside.get() < count) {
            if (Thread.interrupted()) throw new InterruptedException("only " + inside.get() + " of " + count + " tasks got inside");
            Thread.onSpinWait();
        }
    }
}
