package exercises.support;

import workbook.testkit.CompletableFutureTimers;

/**
 * The timers that the learner's code set on futures ({@code orTimeout}, {@code completeOnTimeout}: see
 * {@link CompletableFutureTimers}), counted against those set before its code started. While one is pending and the
 * learner waits for held work (combine-two-lookups' lookups, the held task of a {@link LearnerRun#outwaitingTimedWaits}
 * run, the cluster's held task), the work stays held, so the timer goes off first, as it would if the work were slow:
 * whatever the code does then (a placeholder, a TimeoutException taken for an outcome, a final line) is judged. The
 * clock only bounds what a longer timer costs (4.15 s from the first time the learner is seen waiting for the held
 * work, then it goes); it decides nothing within that time. Before JDK 25 timers cannot be counted: nothing is held.
 */
public final class HeldThroughTimers {
    private static final long LIMIT = HeldThroughTimedWaits.LONG.toNanos();
    private final long before;
    private final CompletableFutureTimers timers = new CompletableFutureTimers();
    private long since = -1;
    private boolean pendingSeen;
    private boolean wentOff;
    private long countingWait = -1; // the waited count of the wait the count being settled belongs to
    private long pendingWait = -1;  // the waited count of the wait in which a timer was last seen pending
    private int quietCounts;        // settled counts without that timer since, the thread in the same wait
    private final CompletableFutureTimers watched = new CompletableFutureTimers(); // for watch(), apart from holds()
    private boolean pendingWhileWatched;

    private HeldThroughTimers(long before) {
        this.before = before;
    }

    public static HeldThroughTimers start() {
        return new HeldThroughTimers(CompletableFutureTimers.supported()
                ? CompletableFutureTimers.settledCount(HeldThroughTimedWaits.LONG) : -1);
    }

    /**
     * Called while the learner waits for the held work (and nothing else), {@code waitedCount} being its thread's
     * waited count ({@code ThreadInfo.getWaitedCount()}, one more for each wait it enters): whether to keep holding.
     *
     * <p>Only a count settled during the current wait says anything about it, so a new wait starts a new count. A timer
     * seen pending in this wait that is then gone, with the thread still in the same wait, either went off (and the
     * thread is about to wake) or was cancelled because its future completed (a future of another task, whose answer
     * was still on its way): the work stays held for two more settled counts, and if the thread is still in that wait
     * then, that timer did not end it.
     */
    public boolean holds(long waitedCount) {
        if (before < 0) return false; // cannot count timers here
        if (since < 0) since = System.nanoTime();
        if (System.nanoTime() - since >= LIMIT) return false;
        if (countingWait != waitedCount) {
            timers.restart();
            countingWait = waitedCount;
        }
        long now = timers.poll();
        if (now < 0) return true; // not settled yet
        if (now > before) {
            pendingSeen = true;
            pendingWait = waitedCount;
            quietCounts = 0;
            return true;
        }
        if (pendingSeen) wentOff = true; // a timer pending while the work was held is gone: it went off, or was cancelled
        if (pendingWait != waitedCount) return false; // no timer of the learner's pending in this wait
        return ++quietCounts <= 2;
    }

    /**
     * Called at every wait of the learner's seen while the work is held, whatever the wait: once the thread waits again
     * after a wait in which one of its timers was pending, that wait has ended, and as only the held work or the timer
     * could end it (see {@link #holds}), the timer went off.
     */
    public void seenWaiting(long waitedCount) {
        if (pendingWait >= 0 && waitedCount > pendingWait) wentOff = true;
    }

    /**
     * Called while the learner waits and the work is not held for timers (a run that does not hold through them, or
     * before the held work is all that is left): notes whether a timer of the learner's is pending, without holding
     * anything. Never blocks.
     */
    public void watch() {
        if (before < 0 || pendingWhileWatched) return;
        long now = watched.poll();
        if (now > before) pendingWhileWatched = true;
    }

    /** Whether {@link #watch} or {@link #holds} ever saw a timer of the learner's pending. */
    public boolean seenPending() {
        return pendingWhileWatched || pendingSeen;
    }

    /**
     * A timer of the learner's was pending while it waited for the held work, and went off before that work ended: the
     * count fell back while it was held, or the code ended while it was still held (nothing else could end its wait
     * then).
     */
    public boolean wentOff(boolean endedUnanswered) {
        return wentOff || (pendingSeen && endedUnanswered);
    }
}
