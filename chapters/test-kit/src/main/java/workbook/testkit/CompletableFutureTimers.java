package workbook.testkit;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The timers that code sets on CompletableFutures ({@code orTimeout}, {@code completeOnTimeout}, a
 * {@code delayedExecutor}), counted through public API: on JDK 25 and later they are delayed tasks of the common
 * pool, which {@code ForkJoinPool.getDelayedTaskCount()} counts (older JDKs keep them in a private scheduler: there
 * this class says {@linkplain #supported() it cannot tell}).
 *
 * <p>That count is written by the pool's delay scheduler thread each time it rests, so a count read at any moment
 * may miss a timer set just before. {@link #settledCount} makes it exact for every timer set before the call: it
 * hands the scheduler a probe of its own (a zero delay task that runs on the scheduler thread itself, through
 * {@code CompletableFuture.delayedExecutor}), which the scheduler takes in after every timer set before it; once
 * the probe has run and the scheduler thread has parked again, the count it wrote before parking includes them.
 * No clock decides anything here; a caller that must not wait forever polls {@link #poll}. Used by the exercises'
 * tests (which judge such timers) and by the learner tool's child JVM (which is replaced after a run that left one).
 */
public final class CompletableFutureTimers {

    private static final Method DELAYED_TASK_COUNT = delayedTaskCount();

    private CountDownLatch probe;
    private volatile Thread scheduler;

    private static Method delayedTaskCount() {
        try {
            return ForkJoinPool.class.getMethod("getDelayedTaskCount"); // public since JDK 25
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Whether this JDK lets the count be read (JDK 25 and later). */
    public static boolean supported() {
        return DELAYED_TASK_COUNT != null;
    }

    /**
     * One step of settling: the count of the common pool's timers once everything set before the first step has been
     * taken in, or -1 while the scheduler has not got there yet (call again). Never blocks.
     */
    public long poll() {
        if (probe == null) {
            var ran = new CountDownLatch(1);
            probe = ran;
            CompletableFuture.delayedExecutor(0, TimeUnit.NANOSECONDS, Runnable::run).execute(() -> {
                scheduler = Thread.currentThread(); // the delay scheduler: immediate tasks run on it
                ran.countDown();
            });
        }
        if (probe.getCount() > 0) return -1;
        var state = scheduler.getState();
        // RUNNABLE: still in the loop that ran the probe; its count is written just before it parks.
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return -1;
        probe = null;
        return count();
    }

    /** Forgets the probe under way, so that the next {@link #poll} settles a count from now on. */
    public void restart() {
        probe = null;
    }

    /** Like {@link #poll}, but waits (at most {@code limit}) for the answer; -1 if it did not come in time. */
    public static long settledCount(Duration limit) {
        var timers = new CompletableFutureTimers();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long n = timers.poll();
            if (n >= 0) return n;
            Thread.onSpinWait();
        }
        return -1;
    }

    private static long count() {
        try {
            return (long) DELAYED_TASK_COUNT.invoke(ForkJoinPool.commonPool());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read ForkJoinPool.getDelayedTaskCount()", e);
        }
    }
}
