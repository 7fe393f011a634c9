package exercises.combinetwolookups;

import exercises.support.Expect;
import exercises.support.InterruptExpect;
import exercises.support.Lesson;
import exercises.support.Lookups;
import exercises.support.OwnWaits;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each lookup, once started, waits until the other one has started too: they finish only if they really run at
 * the same time. Running them one after the other is seen (your thread waits for one while the other was never
 * handed to the pool) and explained, not left to hang.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class CombineTwoLookupsTest {

    private static final String FILE = exercises.support.Stub.file(CombineTwoLookups.class);
    private static final String DOWN = "orders service down";

    /** In the timers test, pools whose timed waits time out at once while work is unfinished (WatchedPool.Time). */
    private WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    private record Run(Lookups lookups, RecordingOut out, Lookups.Seen seen, String returned, int linesAtReturn) {}

    /** How the test answers: as soon as your thread waits; after interrupting it; after the timers you set went off. */
    private enum Mode { PLAIN, INTERRUPTING, OUTWAITING_TIMERS }

    private Run run(Supplier<Integer> orderCount) throws InterruptedException {
        return run(orderCount, Mode.PLAIN, Lookups.First.NAME);
    }

    private Run run(Supplier<Integer> orderCount, Mode mode) throws InterruptedException {
        return run(orderCount, mode, Lookups.First.NAME);
    }

    private Run run(Supplier<Integer> orderCount, Mode mode, Lookups.First first) throws InterruptedException {
        if (mode == Mode.OUTWAITING_TIMERS) pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var out = RecordingOut.counting(() -> 0);
        var lookups = new Lookups("alice", orderCount, first);
        out.countWith(lookups::unfinished);
        var returned = new AtomicReference<String>();
        var linesAtReturn = new AtomicInteger(-1);
        var factory = pools;
        exercises.support.LearnerRun.LearnerCode code = () -> {
            // A line another thread prints waits until this thread waits for it, or has returned (PrintsOfOtherThreads):
            // a stage that prints and is never waited for prints after the return on every run.
            out.holdLinesOfOtherThreads(Thread.currentThread(),
                    () -> factory.created().stream().flatMap(p -> p.workers().stream()).toList());
            returned.set(CombineTwoLookups.describeUser(factory, lookups.name(), lookups.orders(), out));
            linesAtReturn.set(out.completedLines());
        };
        OwnWaits.startRun(mode == Mode.OUTWAITING_TIMERS); // there, your own timed waits (a get(timeout)...) time out at once
        Lookups.Seen seen;
        try {
            seen = switch (mode) {
                case PLAIN -> lookups.run(pools, code);
                case INTERRUPTING -> lookups.interrupting(pools, code);
                case OUTWAITING_TIMERS -> lookups.outwaitingTimers(pools, code);
            };
        } finally {
            OwnWaits.endRun();
        }
        return new Run(lookups, out, seen, returned.get(), linesAtReturn.get());
    }

    /** The lookups answer one at a time, {@code first} first: the line must wait for both, whichever comes first. */
    @ParameterizedTest(name = "the {0} lookup answers first")
    @EnumSource(Lookups.First.class)
    void combinesTheNameAndTheOrderCount(Lookups.First first) throws InterruptedException {
        lineIs(run(() -> 3, Mode.PLAIN, first), "alice has 3 orders");
    }

    @ParameterizedTest(name = "the {0} lookup answers first")
    @EnumSource(Lookups.First.class)
    void aFailedOrderLookupStillGivesALine(Lookups.First first) throws InterruptedException {
        lineIs(run(() -> {
            throw new IllegalStateException(DOWN);
        }, Mode.PLAIN, first), "alice has ? orders (" + DOWN + ")");
    }

    /**
     * A timer you set on a lookup's future (orTimeout, completeOnTimeout) goes off before the lookups answer, as it
     * would if they were slow: slow is not failed, and the line must still be the real one. (The test can count those
     * timers on JDK 25 and later; it lets one go off if it is due within about 4.15 s.)
     */
    @Test
    void aTimerThatGoesOffIsNotTheLookupsAnswer() throws InterruptedException {
        lineIs(run(() -> 3, Mode.OUTWAITING_TIMERS), "alice has 3 orders");
    }

    @Test
    void runsBothLookupsAtTheSameTimeOnThePoolItMade() throws InterruptedException {
        var r = run(() -> 3);
        ranTogetherOnThePool(r);
    }

    @Test
    void makesOnePoolOfTwoThreadsAndShutsItDown() throws InterruptedException {
        var r = run(() -> 3);
        notStub(r);
        Expect.onePoolOfSize(pools, 2);
        Expect.poolShutDown(pools);
    }

    /**
     * Your thread is interrupted while it waits for the combined result. join() keeps waiting (and keeps the interrupt),
     * which is right; so is stopping and saying so (throwing with the InterruptedException as the cause, the flag set
     * again). Making a line while the lookups are unfinished is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = run(() -> 3, Mode.INTERRUPTING);
        notStub(r);
        if (!r.seen().interruptSent()) {
            lineIs(r, "alice has 3 orders");
            return;
        }
        var early = r.out().lines().stream().filter(l -> l.unfinishedTasks() > 0).findFirst()
                .map(l -> "'" + l.text() + "' was printed while " + l.unfinishedTasks() + " of 2 lookups "
                        + (l.unfinishedTasks() == 1 ? "was" : "were") + " unfinished")
                .orElse(r.returned() != null && r.seen().unfinishedAtReturn() > 0 ? "Your method returned '" + r.returned()
                        + "' while " + r.seen().unfinishedAtReturn() + " of 2 lookups had not finished" : null);
        boolean delivered = r.returned() != null || !r.out().lines().isEmpty();
        InterruptExpect.respected(r.seen().thrown(), r.seen().flagSetAtReturn(), early, delivered, "a line", "lookups");
        if (delivered) lineIs(r, "alice has 3 orders");
        else InterruptExpect.poolsShutDownOnStop(pools.created());
    }

    private void lineIs(Run r, String want) {
        ranTogetherOnThePool(r);
        if (r.seen().timerWentOff() && (r.seen().thrown() != null || !want.equals(r.returned()))) {
            throw new AssertionError((r.seen().thrown() != null ? "Your method threw " + r.seen().thrown() + " instead of returning '"
                    : "Your method returned '" + r.returned() + "' but should return '") + want + "': " + TIMER_WENT_OFF,
                    r.seen().thrown());
        }
        var ownTimedOut = OwnWaits.timedOut().stream().findFirst().orElse(null);
        if (ownTimedOut != null && (r.seen().thrown() != null || !want.equals(r.returned()))) {
            throw new AssertionError((r.seen().thrown() != null ? "Your method threw " + r.seen().thrown() + " instead of returning '"
                    : "Your method returned '" + r.returned() + "' but should return '") + want + "': "
                    + (ownTimedOut.startsWith("orTimeout(") || ownTimedOut.startsWith("completeOnTimeout(")
                    ? timerWentOff(ownTimedOut) : timedGetGaveUp(ownTimedOut)),
                    r.seen().thrown());
        }
        if (r.seen().thrown() != null && causedBy(r.seen().thrown(), TimeoutException.class)) {
            throw new AssertionError("Your method threw " + r.seen().thrown() + " instead of returning '" + want + "': "
                    + TIMED_GET_GAVE_UP, r.seen().thrown());
        }
        if (r.seen().thrown() != null) {
            throw new AssertionError("Your method threw " + r.seen().thrown() + " instead of returning '" + want + "'."
                    + (causedBy(r.seen().thrown(), DOWN)
                    ? " The order lookup failed, and its failure travelled down the chain to join(), which threw it (wrapped in a"
                    + " CompletionException). Give the order lookup a fallback with exceptionally(...) or handle(...) before"
                    + " combining, so the line can still be made.\n  " + Lesson.CHAIN_FAILURES
                    : ""), r.seen().thrown());
        }
        if (!want.equals(r.returned()) && r.seen().ownTimedWaitHeld()) {
            throw new AssertionError("Your method returned '" + r.returned() + "' but should return '" + want + "': your thread"
                    + " slept or waited with a timeout of its own while the lookups were still running, and then made the line"
                    + " without their answer. Slow is not failed: a sleep or a timed wait ends when its time is up, done or"
                    + " not, and the test made the lookups take longer. Wait for the lookups themselves (join()).\n  "
                    + Lesson.TIMEOUTS);
        }
        if (!want.equals(r.returned()) && r.seen().timedGetGaveUp()) {
            throw new AssertionError("Your method returned '" + r.returned() + "' but should return '" + want + "': "
                    + TIMED_GET_GAVE_UP);
        }
        var early = r.out().lines().stream().filter(l -> l.unfinishedTasks() > 0 && l.text().contains(" has ")).findFirst();
        if (early.isPresent() || (r.returned() != null && r.seen().unfinishedAtReturn() > 0)) {
            String what = early.map(l -> "'" + l.text() + "' was printed").orElse("Your method returned '" + r.returned() + "'");
            int unfinished = early.map(RecordingOut.Line::unfinishedTasks).orElse(r.seen().unfinishedAtReturn());
            if (unfinished == 2) {
                throw new AssertionError(what + " while both lookups were still running: your code made the line without waiting for"
                        + " either of them (getNow(...) or isDone() read lookups that had not finished). Wait for both: combine them"
                        + " (name.thenCombine(orders, ...)) and join() the result, or join() each one.\n  " + Lesson.ON_YOUR_POOL);
            }
            throw new AssertionError(what + " while one of the two lookups was still running: the test answered the "
                    + r.lookups().first().name().toLowerCase(java.util.Locale.ROOT) + " lookup first and held the other one until"
                    + " your thread waited again, and your code made the line without waiting for that one (getNow(...) or isDone() read"
                    + " a lookup that had not finished). Wait for both: combine them (name.thenCombine(orders, ...)) and join() the"
                    + " result, or join() each one.\n  " + Lesson.ON_YOUR_POOL);
        }
        if (!want.equals(r.returned())) {
            var wrapped = r.returned() != null && r.returned().contains("Exception");
            throw new AssertionError("Your method returned '" + r.returned() + "' but should return '" + want + "'."
                    + (wrapped ? " Inside exceptionally or handle, the exception is a CompletionException around the lookup's own"
                    + " exception: use e.getCause().getMessage().\n  " + Lesson.CHAIN_FAILURES : ""));
        }
        var printed = r.out().lines().stream().map(RecordingOut.Line::text).toList();
        if (!printed.equals(java.util.List.of(want))) {
            throw new AssertionError("Print the line once to out, exactly '" + want + "'; you printed " + printed + ".");
        }
        if (r.linesAtReturn() < 1) {
            throw new AssertionError("The line was printed after your method had returned (from a pool thread, by a stage you did"
                    + " not wait for). Print it before returning: join() first, then print.\n  " + Lesson.ON_YOUR_POOL);
        }
    }

    private void ranTogetherOnThePool(Run r) {
        notStub(r);
        var workers = pools.created().stream().flatMap(p -> p.workers().stream()).toList();
        var outside = r.lookups().threads().stream().filter(t -> !workers.contains(t)).map(Thread::getName).toList();
        boolean onTheCommonPool = r.lookups().threads().stream().anyMatch(t -> !workers.contains(t)
                && t instanceof java.util.concurrent.ForkJoinWorkerThread w && w.getPool() == java.util.concurrent.ForkJoinPool.commonPool());
        if (!outside.isEmpty() && !r.seen().ranOnCaller() && !onTheCommonPool) {
            throw new AssertionError("A lookup ran on " + outside + ", threads of a pool or executor you made yourself, not with the"
                    + " newFixedThreadPool function you were given. Make the pool with newFixedThreadPool.apply(2) (it builds a real"
                    + " Executors.newFixedThreadPool that the test can watch) and pass it: supplyAsync(lookup, pool).\n  "
                    + Lesson.ON_YOUR_POOL);
        }
        if (!outside.isEmpty() && !r.seen().ranOnCaller()) {
            throw new AssertionError("A lookup ran on " + outside + ", not on the pool you made. CompletableFuture.supplyAsync(lookup)"
                    + " without an executor runs on the common pool, which you cannot size or shut down and whose daemon threads"
                    + " die with the JVM. Pass the pool: supplyAsync(lookup, pool).\n  " + Lesson.WITHOUT_EXECUTOR);
        }
        if (r.seen().ranOnCaller()) {
            throw new AssertionError("A lookup ran on your own thread (" + outside + "): you called get() on a Supplier yourself."
                    + " Hand both to the pool with CompletableFuture.supplyAsync(lookup, pool), so they run at the same time.\n  "
                    + Lesson.ON_YOUR_POOL);
        }
        if (r.seen().stuck()) {
            boolean poolOfOne = pools.created().stream().anyMatch(p -> p.requestedSize() == 1);
            throw new AssertionError((poolOfOne
                    ? "Your pool has one thread: the second lookup waited in its queue behind the first, which cannot finish"
                    + " without it, so the lookups ran one after the other (here they never finish; the test let them go)."
                    + " Make the pool with newFixedThreadPool.apply(2)."
                    : "Your thread waited for one lookup before the other had been handed to the pool: the lookups ran one after"
                    + " the other (here they never finish; the test let them go). Start both with supplyAsync first, then"
                    + " combine and join.") + "\n  " + Lesson.ON_YOUR_POOL);
        }
    }

    private static void notStub(Run r) {
        if (r.seen().thrown() instanceof UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        }
    }

    private static final String TIMED_GET_GAVE_UP = timedGetGaveUp("get(timeout)");

    /** A timed wait of the learner's ({@code call}, e.g. "get(2 seconds) on a future of yours") that ran out, taken as an answer. */
    private static String timedGetGaveUp(String call) {
        return "your " + call + " ran out while the lookups were still running, and"
            + " your code gave up on them. Slow is not failed: here the lookups take longer than your timeout (the test made"
            + " them), and they do answer. A timeout can run out on any machine, at any length. Wait without one (join()), or"
            + " wait again when it runs out.\n  " + Lesson.TIMEOUTS;
    }

    private static final String TIMER_WENT_OFF = timerWentOff("orTimeout or completeOnTimeout");

    /** A timer of the learner's ({@code which}, e.g. "orTimeout(1 hours) on a future of yours") taken for the lookups' answer. */
    private static String timerWentOff(String which) {
        return "a timer you set on a lookup's future (" + which + ")"
            + " went off while the lookups were still running, and your code took it for their answer. Slow is not failed:"
            + " here the lookups take longer than your timer (the test made them), and they do answer. A timer can go off on"
            + " any machine, at any length; a placeholder or a TimeoutException then replaces a result that was coming."
            + " Wait for the lookups (join()), and keep the fallback for a lookup that fails.\n  " + Lesson.TIMEOUTS;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (var e = t; e != null; e = e.getCause()) {
            if (type.isInstance(e)) return true;
            if (e.getCause() == e) break;
        }
        return false;
    }

    private static boolean causedBy(Throwable t, String message) {
        for (var e = t; e != null; e = e.getCause()) {
            if (message.equals(e.getMessage()) && !(e instanceof CompletionException)) return true;
            if (e.getCause() == e) break;
        }
        return false;
    }
}
