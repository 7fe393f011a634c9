package exercises.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The timed waits of one object a test hands in (a pool, a future, a process, a semaphore's waiter), under a
 * {@link WatchedPool.Time}: with {@code ADVERSARY}, the first {@value WatchedPool#TIMEOUTS_PER_OBJECT} of them that
 * find the work unfinished time out at once, whatever their timeout; with {@code PATIENT}, none does.
 */
public final class TimedWaits {

    private final boolean adversary;
    private final AtomicInteger timedOut = new AtomicInteger();

    public TimedWaits(WatchedPool.Time time) {
        this.adversary = time == WatchedPool.Time.ADVERSARY;
    }

    /** Whether this timed wait is to time out now; {@code unfinished}: the work it waits for is not done yet. */
    public boolean timeOutNow(boolean unfinished) {
        return adversary && unfinished && timedOut.getAndIncrement() < WatchedPool.TIMEOUTS_PER_OBJECT;
    }

    /** Whether a timed wait on this object was made to time out. */
    public boolean anyTimedOut() {
        return adversary && timedOut.get() > 0;
    }
}
