package exercises.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The timed waits of one object a test hands in (a pool, a future, a process, a semaphore's waiter), under a
 * {@link WatchedPool.Time}. With {@code ADVERSARY}, a timed wait that finds the work unfinished times out at once,
 * whatever its timeout, until at least {@value #AT_LEAST} of them have and together they asked for at least
 * {@link #ASKED_AT_LEAST_MINUTES} minutes of waiting: so giving up after a few tries, or after 30 tries of a second,
 * is caught, while a loop that simply waits again gets through (after at most {@value #AT_MOST} instant
 * time-outs, a few milliseconds of CPU). With {@code PATIENT}, none times out.
 */
public final class TimedWaits {

    /** At least this many timed waits time out. */
    public static final int AT_LEAST = 25;
    /**
     * ...and at least this much waiting asked for, in all: "thirty tries of five seconds, then carry on" (150 s) and a
     * deadline of a few minutes of the learner's clock (which moves on by each instant time-out) are caught.
     */
    public static final long ASKED_AT_LEAST_MINUTES = 10;
    /** At most this many: a loop of 1 ms waits would need 600,000 to ask for 10 minutes. */
    public static final int AT_MOST = 5_000;

    private final boolean adversary;
    private final AtomicInteger timedOut = new AtomicInteger();
    private final AtomicLong askedNanos = new AtomicLong();

    public TimedWaits(WatchedPool.Time time) {
        this.adversary = time == WatchedPool.Time.ADVERSARY;
    }

    /**
     * Whether this timed wait, of {@code timeout} in {@code unit}, is to time out now; {@code unfinished}: the work it
     * waits for is not done yet.
     */
    public boolean timeOutNow(boolean unfinished, long timeout, TimeUnit unit) {
        if (!adversary || !unfinished) return false;
        long asked = askedNanos.accumulateAndGet(Math.max(0, unit.toNanos(timeout)), (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        int n = timedOut.incrementAndGet();
        if (n > AT_MOST) return false;
        boolean now = n <= AT_LEAST || asked < TimeUnit.MINUTES.toNanos(ASKED_AT_LEAST_MINUTES);
        // The learner's clock (System.nanoTime and currentTimeMillis in its code, see OwnWaits) moves on by the time this
        // time-out stood for, so code that waits in slices until a deadline of its own meets that deadline as it would
        // if the work were slow, and goes on without the work if that is what it does.
        if (now) OwnWaits.clockMovesOn(unit.toNanos(timeout));
        return now;
    }

    /** Whether a timed wait on this object was made to time out. */
    public boolean anyTimedOut() {
        return adversary && timedOut.get() > 0;
    }
}
