package exercises.support;

import java.lang.management.ThreadInfo;
import java.time.Duration;

/**
 * How many of a thread's timed waits a held task outlasts, counted by the thread's waited count (which grows each time
 * the thread waits again) from the first such wait seen. A test that cannot shorten a timed wait (on an object the
 * learner made) keeps the work held through those waits, so "go on when the time is up" and "try a few more times,
 * then go on" are caught, and a loop that waits again gets the work at a later wait.
 * <ul>
 *   <li>{@link #two()}: through two waits; the third lets the work go. Cheap enough for every test of an exercise.
 *   <li>{@link #many()}: through up to 25 waits, as long as the waits before have lasted less than 2.65 s in all
 *       (the clock only bounds what a correct loop pays; it never decides a verdict within the waits it holds
 *       through). Used in one test per exercise, so retrying a few times and then giving up is caught too.
 * </ul>
 * The decision is made once per wait, when it starts (its waited count is new), and kept for the rest of it: work is
 * never let go in the middle of a wait, where it would end the wait that code gives up after.
 */
final class HeldThroughTimedWaits {
    private static final int MANY_WAITS = 25;
    /** Not a round number of seconds: timeouts learners write (100 ms, 1 s, 2 s...) never add up to it exactly. */
    private static final Duration MANY_BUDGET = Duration.ofMillis(2_650);

    private final int waits;
    private final long budgetNanos;
    private long first = -1; // the thread's waited count when first seen in such a wait
    private long firstSeenAt;
    private long current;    // the waited count at the wait decided last
    private boolean letGo;

    private HeldThroughTimedWaits(int waits, Duration budget) {
        this.waits = waits;
        this.budgetNanos = budget.toNanos();
    }

    static HeldThroughTimedWaits two() {
        return new HeldThroughTimedWaits(2, Duration.ZERO);
    }

    static HeldThroughTimedWaits many() {
        return new HeldThroughTimedWaits(MANY_WAITS, MANY_BUDGET);
    }

    /** Seen in such a wait: whether the held work may go now (this wait comes after the ones to hold through). */
    boolean letsGo(ThreadInfo info) {
        long count = info.getWaitedCount();
        if (first < 0) {
            first = current = count;
            firstSeenAt = System.nanoTime();
            return false;
        }
        if (count != current) {
            current = count;
            long ended = count - first; // waits that ended since the first was seen
            letGo = ended >= 2 && (ended >= waits || System.nanoTime() - firstSeenAt >= budgetNanos);
        }
        return letGo;
    }

    /** Whether a first such wait was seen and the thread has waited again since (so that wait ended). */
    boolean endedOnce(ThreadInfo info) {
        return first >= 0 && info.getWaitedCount() > first;
    }
}
