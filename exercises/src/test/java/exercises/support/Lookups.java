package exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The two lookups of the CompletableFuture exercise: a user's name and their order count. Each one, once
 * started, waits until the other has started too, so both finish only if they run at the same time.
 *
 * <p>{@link #run} runs the learner's code on its own thread and watches it. If that thread blocks waiting for
 * a result while one lookup runs and the other can never start (it was not handed to any pool yet, or it is
 * queued behind the first on a pool of one thread), the program is stuck for certain: the watcher notes it and
 * lets both lookups go, so the test can explain instead of timing out. Decided from the thread's state and
 * stack and what the pools were given, never from the clock.
 *
 * <p>Once both have started, neither answers until the learner's thread blocks waiting (or ends): code that reads a
 * result without waiting for it ({@code getNow(default)}, {@code isDone()} checks) always sees it unfinished. Then they
 * answer one at a time, in the order the test chose ({@link First}): the second only once the learner's thread has
 * taken in the first answer and waits again, so code that waits for one lookup and reads the other without waiting
 * always finds that one unfinished, whichever it waits for.
 */
public final class Lookups {

    /**
     * What the watcher saw. In an {@link #interrupting} run: whether the learner's thread was interrupted while it waited
     * for a result, and, when its code returned or threw, its interrupt status and how many lookups were unfinished.
     */
    public record Seen(Throwable thrown, boolean stuck, boolean ranOnCaller, boolean interruptSent, boolean flagSetAtReturn,
                       int unfinishedAtReturn, boolean timedGetGaveUp, boolean timerWentOff, boolean ownTimedWaitHeld) {}

    private static final Set<String> WAITS_FOR_A_RESULT = Set.of(
            "java.util.concurrent.CompletableFuture.join", "java.util.concurrent.CompletableFuture.get",
            "java.util.concurrent.FutureTask.get", WatchedPool.class.getName() + ".close",
            WatchedPool.class.getName() + ".awaitTermination");

    private final String userName;
    private final Supplier<Integer> orderCount;
    private final CountDownLatch nameStarted = new CountDownLatch(1);
    private final CountDownLatch ordersStarted = new CountDownLatch(1);
    /** Which lookup answers first, once the learner waits; the other answers once it waits again. */
    public enum First { NAME, ORDERS }

    private final First first;
    private final CountDownLatch nameAnswer = new CountDownLatch(1);
    private final CountDownLatch ordersAnswer = new CountDownLatch(1);
    private volatile Thread nameThread;
    private volatile Thread ordersThread;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();

    /** @param orderCount what the order lookup does once both have started: return a count, or throw */
    public Lookups(String userName, Supplier<Integer> orderCount) {
        this(userName, orderCount, First.NAME);
    }

    /** @param first the lookup that answers first */
    public Lookups(String userName, Supplier<Integer> orderCount, First first) {
        this.userName = userName;
        this.orderCount = orderCount;
        this.first = first;
    }

    public Supplier<String> name() {
        return () -> {
            try {
                nameThread = Thread.currentThread();
                started(nameStarted, ordersStarted, nameAnswer);
                return userName;
            } finally {
                finished.incrementAndGet();
            }
        };
    }

    public Supplier<Integer> orders() {
        return () -> {
            try {
                ordersThread = Thread.currentThread();
                started(ordersStarted, nameStarted, ordersAnswer);
                return orderCount.get();
            } finally {
                finished.incrementAndGet();
            }
        };
    }

    public First first() {
        return first;
    }

    /** Lookups that have not ended yet (returned or thrown). */
    public int unfinished() {
        return 2 - finished.get();
    }

    private void started(CountDownLatch mine, CountDownLatch other, CountDownLatch answer) {
        threads.add(Thread.currentThread());
        mine.countDown();
        try {
            other.await();
            answer.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("a lookup was interrupted while it waited for the other one", e);
        }
    }

    /** Every thread that ran a lookup. */
    public List<Thread> threads() {
        return List.copyOf(threads);
    }

    private void releaseBoth() {
        nameStarted.countDown();
        ordersStarted.countDown();
        nameAnswer.countDown();
        ordersAnswer.countDown();
    }

    private boolean unanswered() {
        return nameAnswer.getCount() > 0 || ordersAnswer.getCount() > 0;
    }

    /**
     * Answers the lookups one at a time. The first answers when called; the second only once the first one's effects
     * are over and the learner's thread has woken since and waits again. Over: every thread that may complete a stage
     * (the first lookup's, the pools' workers) rests, so whatever the first answer sets off, waking the learner's
     * thread included, has happened. Woken since: the test then wakes that thread once itself ({@code unpark}, a
     * spurious wake-up every park allows; a wait that is not over parks again), and waits for its waited count to grow:
     * by then the code has read whatever it reads once its wait ended. Never the clock.
     */
    private final class InTurn {
        private final WatchedPool.Factory pools;
        private int answered;
        private long waitsWhenWoken = -1;

        InTurn(WatchedPool.Factory pools) {
            this.pools = pools;
        }

        /** Called while the learner's thread waits ({@code info}) and both lookups have started. */
        void next(Thread learner, ThreadInfo info) {
            if (answered == 0) {
                (first == First.NAME ? nameAnswer : ordersAnswer).countDown();
                answered = 1;
            } else if (answered == 1 && waitsWhenWoken < 0) {
                if (!firstAnswerOver()) return;
                if (!parked(info)) {
                    // Object.wait() or a sleep, which unpark does not end: the second answers now, as both once did.
                    (first == First.NAME ? ordersAnswer : nameAnswer).countDown();
                    answered = 2;
                    return;
                }
                waitsWhenWoken = info.getWaitedCount();
                java.util.concurrent.locks.LockSupport.unpark(learner);
            } else if (answered == 1 && info.getWaitedCount() > waitsWhenWoken) {
                (first == First.NAME ? ordersAnswer : nameAnswer).countDown();
                answered = 2;
            }
        }

        /** Waiting in LockSupport.park (latches, futures, locks, queues all wait there), which an unpark ends. */
        private static boolean parked(ThreadInfo info) {
            var frames = info.getStackTrace();
            return frames.length > 0 && frames[0].getClassName().equals("jdk.internal.misc.Unsafe") && frames[0].getMethodName().equals("park");
        }

        /**
         * Every thread that may complete a stage rests (waits, or has ended), and the first lookup's thread is no longer
         * inside the lookup or a stage (a park there may be about to end).
         */
        private boolean firstAnswerOver() {
            var firstThread = first == First.NAME ? nameThread : ordersThread;
            var secondThread = first == First.NAME ? ordersThread : nameThread;
            var resting = new java.util.ArrayList<Thread>(threads);
            for (var p : pools.created()) resting.addAll(p.workers());
            for (var t : resting) {
                if (t == secondThread) continue; // it waits for its own answer
                var info = MX.getThreadInfo(t.threadId(), 64);
                if (info == null || info.getThreadState() == Thread.State.TERMINATED) continue;
                var state = info.getThreadState();
                if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return false;
                if (t == firstThread && insideALookupOrAStage(info)) return false;
            }
            return true;
        }

        private static boolean insideALookupOrAStage(ThreadInfo info) {
            return LearnerThread.anyFrame(info.getStackTrace(), f -> f.getClassName().equals(Lookups.class.getName())
                    || f.getClassName().startsWith("java.util.concurrent.CompletableFuture"));
        }
    }

    private static final java.lang.management.ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private boolean exactlyOneStarted() {
        return (nameStarted.getCount() == 0) != (ordersStarted.getCount() == 0);
    }

    public Seen run(WatchedPool.Factory pools, LearnerRun.LearnerCode code) throws InterruptedException {
        return run(pools, code, false, false);
    }

    /**
     * Like {@link #run(WatchedPool.Factory, LearnerRun.LearnerCode)}, but a timer the learner's code set on a future
     * ({@code orTimeout}, {@code completeOnTimeout}) is let go off before the lookups answer, if it is due within 4.15 s
     * of the learner's first wait for them ({@link HeldThroughTimers}): code that takes a timer's end for the lookup's
     * answer is caught. Where the JDK cannot count those timers (before JDK 25), they are not held. A get(timeout) of
     * the learner's own future is held through for 4.15 s here ({@link HeldThroughTimedWaits#many()}).
     */
    public Seen outwaitingTimers(WatchedPool.Factory pools, LearnerRun.LearnerCode code) throws InterruptedException {
        return run(pools, code, false, true);
    }

    /**
     * Like {@link #run(WatchedPool.Factory, LearnerRun.LearnerCode)}, but once both lookups have started, the first time the
     * learner's thread waits for a result it is interrupted instead of answered; the lookups answer only once it has
     * reacted (it waits again, or ends).
     */
    public Seen interrupting(WatchedPool.Factory pools, LearnerRun.LearnerCode code) throws InterruptedException {
        return run(pools, code, true, false);
    }

    private Seen run(WatchedPool.Factory pools, LearnerRun.LearnerCode code, boolean interrupt, boolean outwaitTimers)
            throws InterruptedException {
        var timers = outwaitTimers ? HeldThroughTimers.start() : null; // counts the timers set before the learner's code
        // In that run, a nap or a timed wait of the learner's own (a sleep, its latch's await(timeout)) does not get the
        // answer either, for 4.15 s: code that then reads the result without waiting for it (getNow) is caught.
        var ownTimedWaits = outwaitTimers ? HeldThroughTimedWaits.many() : null;
        boolean ownTimedWaitHeld = false;

        var thrown = new Throwable[1];
        var flagAtReturn = new boolean[1];
        var unfinishedAtReturn = new int[] {-1};
        var learner = new Thread(() -> {
            try {
                code.run();
            } catch (Throwable t) {
                thrown[0] = t;
            } finally {
                flagAtReturn[0] = Thread.currentThread().isInterrupted();
                unfinishedAtReturn[0] = unfinished();
            }
        }, "learner-main");
        learner.setDaemon(true);
        learner.start();
        boolean stuck = false;
        boolean ranOnCaller = false;
        var mx = ManagementFactory.getThreadMXBean();
        boolean interruptSent = false;
        long waitsAtInterrupt = -1;
        var timedGet = new TimedGet(outwaitTimers ? HeldThroughTimedWaits.many() : HeldThroughTimedWaits.two());
        var inTurn = new InTurn(pools);
        boolean gaveUpBefore = false; // a timed get given up before the first answer
        while (learner.isAlive()) {
            if (nameStarted.getCount() == 0 && ordersStarted.getCount() == 0 && unanswered()) {
                var state = learner.getState();
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                    var info = mx.getThreadInfo(learner.threadId(), 64);
                    if (info == null) {
                        // it ended meanwhile
                    } else if (OwnWaits.learnersDelayPending()) {
                        // a delay of the learner's made to be up at once (a parking timer) goes first, as if the lookups were slow
                    } else if (timedGet.holds(info)) {
                        // a get(timeout) of the learner's own future: the lookups stay unanswered until it has run out
                    } else if (timers != null && timers.holds(info.getWaitedCount())) {
                        // a timer the learner set on a future: the lookups stay unanswered until it has gone off
                    } else if (ownTimedWaits != null && ownTimedWait(info) && !ownTimedWaits.letsGo(info)) {
                        ownTimedWaitHeld = true; // a nap or a timed wait of its own: the lookups stay unanswered
                    } else if (interrupt && !interruptSent && waitsForAResult(info)) {
                        interruptSent = true;
                        waitsAtInterrupt = info.getWaitedCount();
                        learner.interrupt(); // instead of the answer; it comes once the thread has reacted
                    } else if (!interruptSent || info.getWaitedCount() > waitsAtInterrupt) {
                        boolean firstAnswer = inTurn.answered == 0;
                        inTurn.next(learner, info); // it waits: answer, one lookup at a time
                        if (firstAnswer && inTurn.answered > 0) {
                            // The answer wakes the thread: its timed gets are counted afresh from here, or TimedGet would
                            // take that wake-up for a timeout that ran out.
                            gaveUpBefore = timedGet.gaveUp();
                            timedGet = new TimedGet(outwaitTimers ? HeldThroughTimedWaits.many() : HeldThroughTimedWaits.two());
                        }
                    }
                }
            }
            if (threads.contains(learner)) {
                ranOnCaller = true;
                releaseBoth();
            } else if (exactlyOneStarted() && secondCannotStart(pools)) {
                var state = learner.getState();
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                    var info = mx.getThreadInfo(learner.threadId(), 64);
                    if (info != null && waitsForAResult(info)) {
                        stuck = true;
                        releaseBoth();
                    }
                }
            }
            learner.join(Duration.ofMillis(1)); // re-check the learner's state; no decision rests on this delay
        }
        boolean endedUnanswered = unanswered();
        releaseBoth();
        return new Seen(thrown[0], stuck, ranOnCaller, interruptSent, flagAtReturn[0], unfinishedAtReturn[0], gaveUpBefore || timedGet.gaveUp(),
                timers != null && timers.wentOff(endedUnanswered), ownTimedWaitHeld);
    }

    /**
     * The learner's get(timeout) on a future it made (the test cannot make that one time out at once, as it does with
     * the objects it hands in): the lookups stay unanswered until that wait has run out, so code that gives up then
     * (throws the TimeoutException, or makes a line without the count) is caught whatever the timeout. A loop that
     * waits again passes: its third timed wait (the thread's waited count has grown twice) gets the answer, or a later
     * one in an {@link #outwaitingTimers} run ({@link HeldThroughTimedWaits#many()}), so a few retries and then giving
     * up are caught there.
     */
    private static final class TimedGet {
        private final HeldThroughTimedWaits gets;
        private boolean ranOut; // the thread woke from a held timed get: with no answer given, only its time can have run out
        private boolean waitedAgain;
        private boolean movedOn;

        /** {@code gets}: how many of those timed gets the lookups stay unanswered through. */
        TimedGet(HeldThroughTimedWaits gets) {
            this.gets = gets;
        }

        /** Asked only while the lookups are unanswered and the learner's thread waits. */
        boolean holds(ThreadInfo info) {
            if (gets.endedOnce(info)) ranOut = true;
            if (info.getThreadState() != Thread.State.TIMED_WAITING || !inTimedGet(info)) {
                if (ranOut) movedOn = true; // it waits for something else now, with no answer given: it gave up on the get
                return false;
            }
            if (ranOut) waitedAgain = true;
            return !gets.letsGo(info);
        }

        /**
         * A timed get ran out while the lookups were held, and the code did not wait again, or went on to wait for
         * something else after some more tries: it gave up on them.
         */
        boolean gaveUp() {
            return movedOn || (ranOut && !waitedAgain);
        }

        private static boolean inTimedGet(ThreadInfo info) {
            var stack = info.getStackTrace();
            // a future of a pool the test handed in times out as its WatchedPool.Time says, never by this rule
            if (LearnerThread.anyFrame(stack, f -> f.getClassName().startsWith(WatchedPool.class.getName()))) return false;
            return LearnerThread.inFrame(stack, "java.util.concurrent.CompletableFuture", "timedGet")
                    || LearnerThread.inFrame(stack, "java.util.concurrent.FutureTask", "get")
                    || LearnerThread.inFrame(stack, "java.util.concurrent.CompletableFuture", "get");
        }
    }

    /**
     * A nap (sleep, parkNanos) or a timed wait on an object of the learner's own (its latch's await(timeout)): not a
     * timed get (see {@link TimedGet}), not a wait on a pool the test handed in (its timed waits follow the pool's
     * {@link WatchedPool.Time}), not an executor's close().
     */
    private static boolean ownTimedWait(ThreadInfo info) {
        if (info.getThreadState() != Thread.State.TIMED_WAITING || HeldThroughTimedWaits.inExecutorClose(info)) return false;
        for (var frame : info.getStackTrace()) {
            if (frame.getClassName().startsWith(WatchedPool.class.getName())) return false;
        }
        return !TimedGet.inTimedGet(info);
    }

    /** The lookup that has not started cannot start while the learner waits: not handed over, or queued behind. */
    private static boolean secondCannotStart(WatchedPool.Factory pools) {
        var made = pools.created();
        int handedOver = made.stream().mapToInt(WatchedPool::submissions).sum();
        return handedOver < 2 || made.stream().anyMatch(p -> p.requestedSize() == 1);
    }

    private static boolean waitsForAResult(ThreadInfo info) {
        for (var frame : info.getStackTrace()) {
            var name = frame.getClassName() + "." + frame.getMethodName();
            if (name.endsWith(".execute") || name.endsWith(".addWorker")) return false; // still handing a task over
            if (WAITS_FOR_A_RESULT.contains(name)) return true;
        }
        return false;
    }
}
