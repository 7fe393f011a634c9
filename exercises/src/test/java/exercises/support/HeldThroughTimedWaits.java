package exercises.support;

import java.lang.management.ThreadInfo;
import java.time.Duration;

/**
 * How many of a thread's timed waits a held task outlasts, counted by the thread's waited count (which grows each time
 * the thread waits again) from the first such wait seen. A test that cannot shorten a timed wait (on an object the
 * learner made) keeps the work held through those waits, so "go on when the time is up" and "try a few more times,
 * then go on" are caught, and a loop that waits again gets the work at a later wait.
 * <ul>
 *   <li>{@link #one()}: through the first wait; the second lets the work go. Cheap enough for every test of an
 *       exercise: going on when the time is up is caught, and a loop pays one timeout per test.
 *   <li>{@link #two()}: through two waits; the third lets the work go, so one retry and then giving up is caught too.
 *   <li>{@link #many()}: through at least two and up to 25 waits, as long as the waits before have lasted less than
 *       2.65 s in all (the clock only bounds what a correct loop pays; it never decides a verdict within the waits it
 *       holds through). Used in one test of an exercise, so retrying a few times and then giving up is caught too.
 * </ul>
 * The decision is made once per wait, when it starts (its waited count is new), and kept for the rest of it: work is
 * never let go in the middle of a wait, where it would end the wait that code gives up after.
 */
final class HeldThroughTimedWaits {
    private static final int MANY_WAITS = 25;
    /** Not a round number of seconds: timeouts learners write (100 ms, 1 s, 2 s...) never add up to it exactly. */
    private static final Duration MANY_BUDGET = Duration.ofMillis(2_650);

    private final int atLeast; // waits always held through
    private final int atMost;  // waits held through while the budget lasts
    private final long budgetNanos;
    private long first = -1; // the thread's waited count when first seen in such a wait
    private long firstSeenAt;
    private long current;    // the waited count at the wait decided last
    private boolean letGo;

    private HeldThroughTimedWaits(int atLeast, int atMost, Duration budget) {
        this.atLeast = atLeast;
        this.atMost = atMost;
        this.budgetNanos = budget.toNanos();
    }

    static HeldThroughTimedWaits one() {
        return new HeldThroughTimedWaits(1, 1, Duration.ZERO);
    }

    static HeldThroughTimedWaits two() {
        return new HeldThroughTimedWaits(2, 2, Duration.ZERO);
    }

    static HeldThroughTimedWaits many() {
        return new HeldThroughTimedWaits(2, MANY_WAITS, MANY_BUDGET);
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
            letGo = ended >= atLeast && (ended >= atMost || System.nanoTime() - firstSeenAt >= budgetNanos);
        }
        return letGo;
    }

    /** Whether a first such wait was seen and the thread has waited again since (so that wait ended). */
    boolean endedOnce(ThreadInfo info) {
        return first >= 0 && info.getWaitedCount() > first;
    }
}
