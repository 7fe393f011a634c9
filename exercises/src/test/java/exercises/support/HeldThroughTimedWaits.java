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
 *   <li>{@link #many()}: through up to 25 waits, if they end within 2.65 s in all. Used in one test of an exercise,
 *       so retrying a few times and then giving up is caught too.
 * </ul>
 * The limits are not round numbers, so the timeouts learners write (100 ms, 250 ms, 500 ms, 1 s...) and their sums
 * stay clear of them: a wait that ends close to a limit could end either side of it.
 */
public final class HeldThroughTimedWaits {
    private static final Duration SHORT = Duration.ofMillis(350);
    private static final Duration LONG = Duration.ofMillis(2_650);

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
        return new HeldThroughTimedWaits(25, LONG);
    }

    /** Seen in such a wait: whether the held work may go now. Once it may, it may for good. */
    public boolean letsGo(ThreadInfo info) {
        if (letGo) return true;
        if (first < 0) {
            first = info.getWaitedCount();
            firstSeenAt = System.nanoTime();
            return false;
        }
        letGo = info.getWaitedCount() - first >= waits || System.nanoTime() - firstSeenAt >= limitNanos;
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
