package exercises.support;

import java.lang.management.ThreadInfo;
import java.time.Duration;

/**
 * How long a held task outlasts a thread's timed waits that the test cannot shorten (on an object the learner made:
 * a timed join of its own thread, its own executor's awaitTermination, a get(timeout) of its own future). The waits
 * are counted by the thread's waited count (which grows each time the thread waits again) from the first one seen,
 * so "go on when the time is up" and "try a few more times, then go on" are caught while the work is held, and a
 * loop that waits again gets the work once the waits to hold through have ended.
 *
 * <p>Each kind also has a time limit from the first wait seen, after which the work goes even in the middle of a
 * wait: a correct loop with a long timeout ({@code while (!t.join(Duration.ofMinutes(1)))}) must not wait out a
 * minute, and no test may last longer than the learner's check allows. So an ignored timeout is caught only when
 * the waits it makes end within that limit. The clock bounds what a wait can cost; below the limit, the verdict
 * depends only on the waited count.
 * <ul>
 *   <li>{@link #one()}: through the first wait, if it ends within 0.35 s. Cheap enough for every test of an exercise.
 *   <li>{@link #two()}: through two waits, if they end within 0.35 s in all.
 *   <li>{@link #many()}: for 4.15 s from the first wait, however many waits that takes. Used in one test of an
 *       exercise, so retrying any number of times and then giving up is caught too, if it gives up within that time.
 *       (Not counted: some waits wake up on every step of the work, such as a semaphore's tryAcquire(n, timeout) on
 *       each release, so their waited count says nothing about the timeout.)
 * </ul>
 * Once a short hold ({@link #one()}, {@link #two()}) has reached its time limit, the learner's timed waits are known to
 * be longer than it, so the short holds of the later tests in the same run of the test class let go at once: a correct
 * loop with a long timeout pays 0.35 s once, not in every test (the class is loaded afresh for each check, so this
 * never carries over to another one). The test order is fixed, so the verdicts stay the same from run to run.
 *
 * <p>The limits are not round numbers, so the timeouts learners write (100 ms, 250 ms, 500 ms, 1 s...) and their sums
 * stay clear of them: a wait that ends close to a limit could end either side of it.
 */
public final class HeldThroughTimedWaits {
    private static final Duration SHORT = Duration.ofMillis(350);
    /** How long {@link #many()} holds; also how long a test outwaits other timers of the learner's (Lookups). */
    static final Duration LONG = Duration.ofMillis(4_150);

    private static volatile boolean shortLimitReached; // see the class comment

    private final int waits;
    private final long limitNanos;
    private long first = -1; // the thread's waited count when first seen in such a wait
    private long firstSeenAt;
    private boolean letGo;

    private HeldThroughTimedWaits(int waits, Duration limit) {
        this.waits = waits;
        this.limitNanos = limit.toNanos();
    }

    public static HeldThroughTimedWaits one() {
        return new HeldThroughTimedWaits(1, SHORT);
    }

    public static HeldThroughTimedWaits two() {
        return new HeldThroughTimedWaits(2, SHORT);
    }

    public static HeldThroughTimedWaits many() {
        return new HeldThroughTimedWaits(Integer.MAX_VALUE, LONG);
    }

    /** Seen in such a wait: whether the held work may go now. Once it may, it may for good. */
    public boolean letsGo(ThreadInfo info) {
        if (letGo) return true;
        if (OwnWaits.spentItsTimeOuts(info)) return letGo = true; // it already timed out many times at once: see OwnWaits
        boolean isShort = limitNanos == SHORT.toNanos();
        if (first < 0) {
            first = info.getWaitedCount();
            firstSeenAt = System.nanoTime();
            letGo = isShort && shortLimitReached;
            return letGo;
        }
        if (info.getWaitedCount() - first >= waits) {
            letGo = true;
        } else if (System.nanoTime() - firstSeenAt >= limitNanos) {
            letGo = true;
            if (isShort) shortLimitReached = true;
        }
        return letGo;
    }

    /**
     * In an executor's close(), which waits in a loop of timed waits (of a day each) until the executor has terminated:
     * a timed wait that is not the learner's to judge.
     */
    public static boolean inExecutorClose(ThreadInfo info) {
        for (var f : info.getStackTrace()) {
            if (f.getClassName().startsWith("java.util.concurrent.") && f.getMethodName().equals("close")) return true;
        }
        return false;
    }

    /** Whether a first such wait was seen and the thread has waited again since (so that wait ended). */
    public boolean endedOnce(ThreadInfo info) {
        return first >= 0 && info.getWaitedCount() > first;
    }
}
