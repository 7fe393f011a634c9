package exercises.support;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Exchanger;
import java.util.concurrent.Executor;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Timed waits on objects the learner's code made itself: its own threads, executors, futures, latches, semaphores,
 * processes. The test cannot hand those in, so it cannot make their waits time out the way a {@link WatchedPool}'s do;
 * instead the checker (learn-tool's {@code OwnWaitsRewrite}, for {@code ./learn} and the proof alike) compiles the
 * learner's files with each such call redirected here: {@code pool.awaitTermination(1, MINUTES)} is compiled as
 * {@code OwnWaits.awaitTermination(pool, 1, MINUTES)}, on the same line, so messages and stack traces still point at
 * the learner's line.
 *
 * <p>Outside a run that asks for it, every method here only calls the real one. In a run that asks for it
 * ({@link #startRun(boolean)} with {@code true}: the tests whose handed-in objects time out, {@link WatchedPool.Time#ADVERSARY},
 * and the outwaiting runs), a timed wait on an object of the learner's own whose work is unfinished times out at once,
 * whatever its timeout, under the same rule as the handed-in objects' ({@link TimedWaits}: on each object, at least 25
 * times and two minutes asked for, then the real waits): a held task stays held through it, so code that ignores the answer goes on
 * while the work is unfinished, at any timeout, and a loop that waits again gets through. Its specification allows it:
 * the time a timed wait gives is a bound the work may outlast, and here the test holds the work.
 *
 * <p>Objects of the tests' own classes (a {@link WatchedPool}, a test's process or semaphore) are left to their own
 * rules: only objects of the JDK's classes, or of the learner's (told by where the class was loaded from, the same
 * place as the calling class), are the learner's own.
 */
public final class OwnWaits {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static volatile boolean adversary; // false: every wait is the real one
    /** Each object's timed waits, counted apart: the wait on the held work must time out too, not only the first few waits. */
    private static final Map<Object, TimedWaits> waits = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Threads whose last redirected wait is the real one, its object's time-outs spent (see spentItsTimeOuts). */
    private static final Set<Long> waitingForReal = ConcurrentHashMap.newKeySet();
    private static final List<String> timedOut = new CopyOnWriteArrayList<>();
    /** A timeout of a century or more is a wait for ever ({@code Long.MAX_VALUE} of any unit): never made to time out. */
    static final long FOREVER_NANOS = TimeUnit.DAYS.toNanos(36_500);
    /**
     * At most this many instant time-outs in one run, over all objects: code that waits on a new object each time round
     * its loop (allOf(...).get(timeout), a copy() with orTimeout) would otherwise never meet a real wait.
     */
    static final int AT_MOST_IN_A_RUN = TimedWaits.AT_MOST;
    private static final java.util.concurrent.atomic.AtomicInteger inThisRun = new java.util.concurrent.atomic.AtomicInteger();

    private OwnWaits() {}

    /** Before a run of the learner's code: whether its own timed waits are to time out ({@code adversary}). */
    public static void startRun(boolean adversary) {
        timedOut.clear();
        waits.clear();
        waitingForReal.clear();
        inThisRun.set(0);
        OwnWaits.adversary = adversary;
    }

    /** After the run: the waits are real again; {@link #timedOut()} keeps what happened for the verdict. */
    public static void endRun() {
        adversary = false;
        waits.clear();
        waitingForReal.clear();
    }

    /** The learner's own timed waits the test made time out in the last run, e.g. "awaitTermination(1 minutes) on your executor". */
    public static List<String> timedOut() {
        return List.copyOf(timedOut);
    }

    /**
     * Whether the thread seen in {@code info} waits for real in a wait redirected here, in a run whose own waits time out:
     * then that wait has had its instant time-outs (see {@link TimedWaits}), so holding the work through it any longer
     * tests nothing more (see {@link HeldThroughTimedWaits}).
     */
    static boolean spentItsTimeOuts(java.lang.management.ThreadInfo info) {
        if (!adversary || !waitingForReal.contains(info.getThreadId())) return false;
        for (var f : info.getStackTrace()) {
            if (f.getClassName().equals(OwnWaits.class.getName())) return true;
        }
        return false;
    }

    // ---- the waits, each called in place of the JDK method of the same name ----

    public static void join(Thread t, long millis) throws InterruptedException {
        if (millis != 0 && timesOut(t, WALKER.getCallerClass(), t.isAlive(), "join(" + millis + ")", millis, TimeUnit.MILLISECONDS)) return;
        t.join(millis);
    }

    public static void join(Thread t, long millis, int nanos) throws InterruptedException {
        if ((millis != 0 || nanos != 0) && timesOut(t, WALKER.getCallerClass(), t.isAlive(), "join(" + millis + ", " + nanos + ")", millis, TimeUnit.MILLISECONDS)) return;
        t.join(millis, nanos);
    }

    public static boolean join(Thread t, Duration d) throws InterruptedException {
        if (timesOut(t, WALKER.getCallerClass(), t.isAlive(), "join(" + d + ")", nanos(d), TimeUnit.NANOSECONDS)) return false;
        return t.join(d);
    }

    public static boolean awaitTermination(ExecutorService pool, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOut(pool, WALKER.getCallerClass(), pool.isShutdown() && !pool.isTerminated(),
                "awaitTermination(" + timeout + " " + name(unit) + ")", timeout, unit)) return false;
        return pool.awaitTermination(timeout, unit);
    }

    public static <T> List<Future<T>> invokeAll(ExecutorService pool, Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        if (timesOut(pool, WALKER.getCallerClass(), !tasks.isEmpty(), "invokeAll(tasks, " + timeout + " " + name(unit) + ")", timeout, unit)) {
            return pool.invokeAll(tasks, 0, TimeUnit.NANOSECONDS); // time is up before any could start: each is cancelled
        }
        return pool.invokeAll(tasks, timeout, unit);
    }

    public static <T> T get(Future<T> f, long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (timesOut(f, WALKER.getCallerClass(), !f.isDone(), "get(" + timeout + " " + name(unit) + ")", timeout, unit)) {
            throw new TimeoutException();
        }
        return f.get(timeout, unit);
    }

    public static boolean await(CountDownLatch latch, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOut(latch, WALKER.getCallerClass(), latch.getCount() > 0, "await(" + timeout + " " + name(unit) + ")", timeout, unit)) return false;
        return latch.await(timeout, unit);
    }

    public static boolean tryAcquire(Semaphore s, long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(s, WALKER.getCallerClass(), 1, timeout, unit);
    }

    public static boolean tryAcquire(Semaphore s, int permits, long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(s, WALKER.getCallerClass(), permits, timeout, unit);
    }

    private static boolean tryAcquire(Semaphore s, Class<?> caller, int permits, long timeout, TimeUnit unit) throws InterruptedException {
        if (permits >= 0 && s.tryAcquire(permits)) return true;
        if (timesOut(s, caller, true, "tryAcquire(" + (permits == 1 ? "" : permits + ", ") + timeout + " " + name(unit) + ")", timeout, unit)) {
            return false;
        }
        return s.tryAcquire(permits, timeout, unit);
    }

    public static boolean waitFor(Process p, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOut(p, WALKER.getCallerClass(), p.isAlive(), "waitFor(" + timeout + " " + name(unit) + ")", timeout, unit)) return false;
        return p.waitFor(timeout, unit);
    }

    public static int awaitAdvanceInterruptibly(Phaser p, int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        if (timesOut(p, WALKER.getCallerClass(), p.getPhase() == phase,
                "awaitAdvanceInterruptibly(" + phase + ", " + timeout + " " + name(unit) + ")", timeout, unit)) {
            throw new TimeoutException();
        }
        return p.awaitAdvanceInterruptibly(phase, timeout, unit);
    }

    /** A barrier's time-out is the real one of a zero timeout: it breaks the barrier for every party, as the JDK's does. */
    public static int await(CyclicBarrier b, long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        if (timesOut(b, WALKER.getCallerClass(), !b.isBroken() && b.getNumberWaiting() < b.getParties() - 1,
                "await(" + timeout + " " + name(unit) + ")", timeout, unit)) {
            return b.await(0, TimeUnit.NANOSECONDS);
        }
        return b.await(timeout, unit);
    }

    /** A condition may wake early anyway (its caller must look again): here it times out at once. */
    public static boolean await(Condition c, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOut(c, WALKER.getCallerClass(), true, "await(" + timeout + " " + name(unit) + ")", timeout, unit)) return false;
        return c.await(timeout, unit);
    }

    public static long awaitNanos(Condition c, long nanos) throws InterruptedException {
        if (timesOut(c, WALKER.getCallerClass(), true, "awaitNanos(" + nanos + ")", nanos, TimeUnit.NANOSECONDS)) return 0;
        return c.awaitNanos(nanos);
    }

    public static boolean awaitQuiescence(ForkJoinPool pool, long timeout, TimeUnit unit) {
        try {
            if (timesOut(pool, WALKER.getCallerClass(), !pool.isQuiescent(), "awaitQuiescence(" + timeout + " " + name(unit) + ")", timeout, unit)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // awaitQuiescence does not throw it: the flag stays set, as it would
            return false;
        }
        return pool.awaitQuiescence(timeout, unit);
    }

    public static <E> E poll(BlockingQueue<E> q, long timeout, TimeUnit unit) throws InterruptedException {
        var e = q.poll();
        if (e != null) return e;
        if (timesOut(q, WALKER.getCallerClass(), true, "poll(" + timeout + " " + name(unit) + ")", timeout, unit)) return null;
        return q.poll(timeout, unit);
    }

    public static <V> Future<V> poll(CompletionService<V> s, long timeout, TimeUnit unit) throws InterruptedException {
        var f = s.poll();
        if (f != null) return f;
        if (timesOut(s, WALKER.getCallerClass(), true, "poll(" + timeout + " " + name(unit) + ")", timeout, unit)) return null;
        return s.poll(timeout, unit);
    }

    public static <V> V exchange(Exchanger<V> exchanger, V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        if (timesOut(exchanger, WALKER.getCallerClass(), true, "exchange(" + timeout + " " + name(unit) + ")", timeout, unit)) {
            throw new TimeoutException();
        }
        return exchanger.exchange(x, timeout, unit);
    }

    public static boolean tryLock(Lock lock, long timeout, TimeUnit unit) throws InterruptedException {
        if (lock.tryLock()) return true;
        if (timesOut(lock, WALKER.getCallerClass(), true, "tryLock(" + timeout + " " + name(unit) + ")", timeout, unit)) return false;
        return lock.tryLock(timeout, unit);
    }

    // ---- timers: in such a run, a delay of the learner's own is up at once, as if the work it stands in for were slow ----

    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        return delayIsUp(CompletableFuture.class, WALKER.getCallerClass(), "delayedExecutor(" + delay + " " + name(unit) + ")", unit.toNanos(delay))
                ? CompletableFuture.delayedExecutor(0, TimeUnit.NANOSECONDS) : CompletableFuture.delayedExecutor(delay, unit);
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        return delayIsUp(CompletableFuture.class, WALKER.getCallerClass(), "delayedExecutor(" + delay + " " + name(unit) + ")", unit.toNanos(delay))
                ? CompletableFuture.delayedExecutor(0, TimeUnit.NANOSECONDS, executor) : CompletableFuture.delayedExecutor(delay, unit, executor);
    }

    public static ScheduledFuture<?> schedule(ScheduledExecutorService s, Runnable command, long delay, TimeUnit unit) {
        boolean now = delayIsUp(s, WALKER.getCallerClass(), "schedule(" + delay + " " + name(unit) + ")", unit.toNanos(delay));
        return s.schedule(command, now ? 0 : delay, unit);
    }

    public static <V> ScheduledFuture<V> schedule(ScheduledExecutorService s, Callable<V> callable, long delay, TimeUnit unit) {
        boolean now = delayIsUp(s, WALKER.getCallerClass(), "schedule(" + delay + " " + name(unit) + ")", unit.toNanos(delay));
        return s.schedule(callable, now ? 0 : delay, unit);
    }

    public static void schedule(Timer timer, TimerTask task, long delay) {
        boolean now = delayIsUp(timer, WALKER.getCallerClass(), "schedule(" + delay + " milliseconds)", TimeUnit.MILLISECONDS.toNanos(delay));
        timer.schedule(task, now ? 0 : delay);
    }

    /** Whether a delay set now is to be up at once: in such a run, on the learner's own object, within the run's cap. */
    private static boolean delayIsUp(Object o, Class<?> caller, String call, long nanos) {
        if (!adversary || nanos <= 0 || nanos >= FOREVER_NANOS || !(o instanceof Class<?> || isLearners(o, caller))
                || inThisRun.incrementAndGet() > AT_MOST_IN_A_RUN) {
            return false;
        }
        if (!timedOut.contains(call)) timedOut.add(call);
        return true;
    }

    /** A timer (JDK 9's orTimeout) that goes off at once, in such a run, while the future is unfinished. */
    public static <T> CompletableFuture<T> orTimeout(CompletableFuture<T> f, long timeout, TimeUnit unit) {
        if (timerGoesOffNow(f, WALKER.getCallerClass(), "orTimeout(" + timeout + " " + name(unit) + ")", unit.toNanos(timeout))) {
            f.completeExceptionally(new TimeoutException());
            return f;
        }
        return f.orTimeout(timeout, unit);
    }

    /** The same for completeOnTimeout: the placeholder is taken at once, in such a run, while the future is unfinished. */
    public static <T> CompletableFuture<T> completeOnTimeout(CompletableFuture<T> f, T value, long timeout, TimeUnit unit) {
        if (timerGoesOffNow(f, WALKER.getCallerClass(), "completeOnTimeout(" + timeout + " " + name(unit) + ")", unit.toNanos(timeout))) {
            f.complete(value);
            return f;
        }
        return f.completeOnTimeout(value, timeout, unit);
    }

    /**
     * Whether a timer set now on {@code f} is to go off at once: as a timed wait's time-out, with no count of its own (a
     * timer is set once), but within the run's cap, so code that sets a new timer each time round a loop meets real ones.
     */
    private static boolean timerGoesOffNow(CompletableFuture<?> f, Class<?> caller, String call, long nanos) {
        if (!adversary || f.isDone() || nanos >= FOREVER_NANOS || !isLearners(f, caller) || inThisRun.incrementAndGet() > AT_MOST_IN_A_RUN) {
            return false;
        }
        var what = call + " on " + what(f);
        if (!timedOut.contains(what)) timedOut.add(what);
        return true;
    }

    // ---- the rule ----

    /**
     * Whether this wait is to time out now: the run asks for it, the work is {@code unfinished}, the object is the
     * learner's own, and {@link TimedWaits} says so. An interrupt already pending is thrown, as the real wait would.
     */
    private static boolean timesOut(Object o, Class<?> caller, boolean unfinished, String call, long timeout, TimeUnit unit)
            throws InterruptedException {
        long thread = Thread.currentThread().threadId();
        if (!adversary || !unfinished || !isLearners(o, caller) || unit.toNanos(timeout) >= FOREVER_NANOS) {
            waitingForReal.remove(thread);
            return false;
        }
        if (!waits.computeIfAbsent(o, x -> new TimedWaits(WatchedPool.Time.ADVERSARY)).timeOutNow(true, timeout, unit)
                || inThisRun.incrementAndGet() > AT_MOST_IN_A_RUN) {
            waitingForReal.add(thread); // its time-outs are spent: this wait is the real one
            return false;
        }
        waitingForReal.remove(thread);
        if (Thread.interrupted()) throw new InterruptedException();
        var what = call + " on " + what(o);
        if (!timedOut.contains(what)) timedOut.add(what);
        return true;
    }

    /** Of the JDK's classes, or of the caller's (the learner's classes are all loaded from one place). */
    private static boolean isLearners(Object o, Class<?> caller) {
        var loader = o.getClass().getClassLoader();
        if (loader == null || loader == ClassLoader.getPlatformClassLoader()) return true;
        var own = o.getClass().getProtectionDomain().getCodeSource();
        var callers = caller.getProtectionDomain().getCodeSource();
        return own != null && callers != null && Objects.equals(own.getLocation(), callers.getLocation());
    }

    /** "a thread of yours", "your own executor"...: by kind, not by name, so a hundred joins make one entry. */
    private static String what(Object o) {
        if (o instanceof Thread) return "a thread of yours";
        if (o instanceof ExecutorService) return "your own executor";
        if (o instanceof Future<?>) return "a future of yours";
        if (o instanceof CountDownLatch) return "your CountDownLatch";
        if (o instanceof Semaphore) return "your Semaphore";
        if (o instanceof Process) return "a process of yours";
        return "your " + o.getClass().getSimpleName();
    }

    private static String name(TimeUnit unit) {
        return unit.name().toLowerCase();
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
