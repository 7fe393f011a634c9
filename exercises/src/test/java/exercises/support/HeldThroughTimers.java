package exercises.support;

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

    private HeldThroughTimers(long before) {
        this.before = before;
    }

    public static HeldThroughTimers start() {
        return new HeldThroughTimers(CompletableFutureTimers.supported()
                ? CompletableFutureTimers.settledCount(HeldThroughTimedWaits.LONG) : -1);
    }

    /** Called while the learner waits for the held work (and nothing else): whether to keep holding it. */
    public boolean holds() {
        if (before < 0) return false; // cannot count timers here
        if (since < 0) since = System.nanoTime();
        if (System.nanoTime() - since >= LIMIT) return false;
        long now = timers.poll();
        if (now < 0) return true; // not settled yet
        if (now > before) {
            pendingSeen = true;
            return true;
        }
        if (pendingSeen) wentOff = true;
        return false;
    }

    /**
     * A timer of the learner's was pending while it waited for the held work, and went off before that work ended: the
     * count fell back while it was held, or the code ended while it was still held (nothing else could end its wait
     * then).
     */
    public boolean wentOff(boolean endedUnanswered) {
        return wentOff || (pendingSeen && endedUnanswered);
    }

    /** Whether a timer of the learner's was seen pending while it waited for the held work. */
    public boolean pendingSeen() {
        return pendingSeen;
    }
}
