package exercises.support;

import java.lang.management.ThreadInfo;

/**
 * Counts a thread's timed waits from the first one seen, by its waited count (which grows each time the thread
 * waits again): no clock involved. A test that cannot shorten a timed wait (on an object the learner made) holds
 * its work through two of them, so "go on when the time is up" and "try once more, then go on" are caught, and a
 * loop that waits again gets the work at its third.
 */
final class ThirdTimedWait {
    private long first = -1; // the thread's waited count when first seen in such a wait

    /** Whether two such waits have ended since the first was seen, so the thread is in the third (or a later) one. */
    boolean isThird(ThreadInfo info) {
        if (first < 0) {
            first = info.getWaitedCount();
            return false;
        }
        return info.getWaitedCount() > first + 1;
    }

    /** Whether a first such wait was seen and the thread has waited again since (so that wait ended). */
    boolean endedOnce(ThreadInfo info) {
        return first >= 0 && info.getWaitedCount() > first;
    }
}
