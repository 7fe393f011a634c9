package exercises.support;

import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

/**
 * Timed waits, timers and delays on objects the test did not make: the learner's own threads, executors, futures,
 * latches, semaphores..., and objects of the JDK's classes generally (a process's {@code onExit()} future too). The
 * test cannot make their waits time out the way a {@link WatchedPool}'s do, so the checker (learn-tool's
 * {@code OwnWaitsRewrite}, for {@code ./learn} and the proof alike) compiles the learner's files with each such call
 * redirected here: {@code pool.awaitTermination(1, MINUTES)} is compiled as
 * {@code OwnWaits.awaitTermination(pool, 1, MINUTES)}, on the same line, so messages and stack traces still point at
 * the learner's line.
 *
 * <p>Outside a run that asks for it, every method here calls the real one and nothing else. In a run that asks for it
 * ({@link #startRun(boolean)} with {@code true}: the tests whose handed-in objects time out,
 * {@link WatchedPool.Time#ADVERSARY}, and the outwaiting runs), a timed wait whose work is unfinished times out at once,
 * whatever its timeout, under the handed-in objects' rule ({@link TimedWaits}: on each object, at least 25 times and
 * ten minutes asked for, then the real waits). The time-out is the real method called with a zero timeout wherever
 * the JDK's own behaviour matters (a barrier broken for every party, an exchange with a partner already waiting, a
 * condition's lock released and taken again). A held task stays held through it, so code that ignores the answer goes
 * on while the work is unfinished, at any timeout, and a loop that waits again gets through: the time a timed wait
 * gives is a bound the work may outlast, and here the test holds the work. A timer or delay of the learner's
 * ({@code orTimeout}, {@code delayedExecutor}, {@code schedule}) is up at once: it stands for the work outlasting the
 * delay, which is what such code must be ready for.
 *
 * <p>Objects of the tests' own classes (a {@link WatchedPool}, a test's process or semaphore) are left to their own
 * rules: only objects of the JDK's classes, or of the learner's (told by where the class was loaded from, the same
 * place as the calling class), are redirected. Zero and negative timeouts, {@code join(0)}, and timeouts of a century
 * or more are the real calls.
 */
public final class OwnWaits {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static volatile boolean adversary; // false: every call is the real one
    private static volatile Thread runner; // the thread that started the run
    /** Each object's timed waits, counted apart: the wait on the held work must time out too, not only the first few. */
    private static final Map<Object, TimedWaits> waits = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Threads whose last redirected wait is the real one, its object's time-outs spent (see spentItsTimeOuts). */
    private static final Set<Long> waitingForReal = ConcurrentHashMap.newKeySet();
    private static final CopyOnWriteArrayList<String> timedOut = new CopyOnWriteArrayList<>();
    /** A timeout of a century or more is a wait for ever ({@code Long.MAX_VALUE} of any unit): never made to time out. */
    static final long FOREVER_NANOS = TimeUnit.DAYS.toNanos(36_500);
    /**
     * Instant time-outs in this run, over all objects, at most {@link TimedWaits#AT_MOST}: code that waits on a new object
     * each time round its loop ({@code allOf(...).get(timeout)}, a {@code copy()} with a timer) would otherwise never meet
     * a real wait.
     */
    private static final AtomicInteger inThisRun = new AtomicInteger();

    private OwnWaits() {}

    /** Before a run of the learner's code: whether its own timed waits are to time out ({@code adversary}). */
    public static void startRun(boolean adversary) {
        runner = Thread.currentThread(); // where a test calls the learner's method itself (keep-the-failures)
        timedOut.clear();
        waits.clear();
        waitingForReal.clear();
        inThisRun.set(0);
        delaysNotRunYet.set(0);
        wokenEarly.clear();
        OwnWaits.adversary = adversary;
    }

    /** After the run (in a finally): the calls are real again; {@link #timedOut()} keeps what happened for the verdict. */
    public static void endRun() {
        adversary = false;
        waits.clear();
        waitingForReal.clear();
    }

    /** The learner's own timed waits the test made time out in the last run, e.g. "await(1 minutes) on your CountDownLatch". */
    public static List<String> timedOut() {
        return List.copyOf(timedOut);
    }

    /**
     * Whether the thread seen in {@code info} waits for real in a wait redirected here, in a run whose own waits time out:
     * then that wait has had its instant time-outs, so holding the work through it any longer tests nothing more (see
     * {@link HeldThroughTimedWaits}). Needs the stack down to this class's frame.
     */
    static boolean spentItsTimeOuts(ThreadInfo info) {
        if (!adversary || !waitingForReal.contains(info.getThreadId())) return false;
        for (var f : info.getStackTrace()) {
            if (f.getClassName().equals(OwnWaits.class.getName())) return true;
        }
        return false;
    }

    // ---- the waits, each called in place of the JDK method of the same name ----

    public static void join(Thread t, long millis) throws InterruptedException {
        if (timesOutInterruptibly(t, caller(), t::isAlive, "join(" + millis + ")", millis == 0 ? -1 : millis, TimeUnit.MILLISECONDS)) {
            return; // join(0) waits for ever: -1 keeps it real
        }
        t.join(millis);
    }

    public static void join(Thread t, long millis, int nanos) throws InterruptedException {
        long timeout = millis == 0 && nanos == 0 ? -1 : millis;
        if (timesOutInterruptibly(t, caller(), t::isAlive, "join(" + millis + ", " + nanos + ")", timeout, TimeUnit.MILLISECONDS)) {
            return;
        }
        t.join(millis, nanos);
    }

    public static boolean join(Thread t, Duration d) throws InterruptedException {
        if (timesOutInterruptibly(t, caller(), t::isAlive, "join(" + d + ")", nanos(d), TimeUnit.NANOSECONDS)) return false;
        return t.join(d);
    }

    public static boolean awaitTermination(ExecutorService pool, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOutInterruptibly(pool, caller(), () -> workLeft(pool), label("awaitTermination", timeout, unit),
                timeout, unit)) {
            return false;
        }
        return pool.awaitTermination(timeout, unit);
    }

    /** Shut down with work not done: once every task has ended, its threads are only leaving, and the real wait is short. */
    private static boolean workLeft(ExecutorService pool) {
        if (!pool.isShutdown() || pool.isTerminated()) return false;
        if (pool instanceof ThreadPoolExecutor tpe) return tpe.getActiveCount() > 0 || !tpe.getQueue().isEmpty();
        if (pool instanceof ForkJoinPool fjp) return !fjp.isQuiescent();
        return true;
    }

    public static <T> List<Future<T>> invokeAll(ExecutorService pool, Collection<? extends Callable<T>> tasks, long timeout,
                                                TimeUnit unit) throws InterruptedException {
        if (timesOut(pool, caller(), () -> !tasks.isEmpty(), "invokeAll(tasks, " + timeout + " " + name(unit) + ")",
                timeout, unit)) {
            return pool.invokeAll(tasks, 0, TimeUnit.NANOSECONDS); // time is up at once: what has not completed is cancelled
        }
        return pool.invokeAll(tasks, timeout, unit);
    }

    public static <T> T get(Future<T> f, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (timesOutInterruptibly(f, caller(), () -> !f.isDone(), label("get", timeout, unit), timeout, unit)) {
            throw new TimeoutException();
        }
        return f.get(timeout, unit);
    }

    public static boolean await(CountDownLatch latch, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOutInterruptibly(latch, caller(), () -> latch.getCount() > 0, label("await", timeout, unit), timeout, unit)) {
            return false;
        }
        return latch.await(timeout, unit);
    }

    public static boolean tryAcquire(Semaphore s, long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(s, caller(), 1, timeout, unit);
    }

    public static boolean tryAcquire(Semaphore s, int permits, long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(s, caller(), permits, timeout, unit);
    }

    private static boolean tryAcquire(Semaphore s, Class<?> caller, int permits, long timeout, TimeUnit unit)
            throws InterruptedException {
        var call = "tryAcquire(" + (permits == 1 ? "" : permits + ", ") + timeout + " " + name(unit) + ")";
        // First the real call with a zero timeout (fairness and interrupt included): a permit free now is taken, and only
        // a wait that would really wait can be made to time out, so no time-out is spent on one that would not.
        // (Only on the JDK's or the learner's objects: a test's own semaphore counts its time-outs by its own rule.)
        if (adversary && isLearners(s, caller) && s.tryAcquire(permits, 0, TimeUnit.NANOSECONDS)) return true;
        if (timesOut(s, caller, () -> true, call, timeout, unit)) return false;
        return s.tryAcquire(permits, timeout, unit);
    }

    public static boolean waitFor(Process p, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOutInterruptibly(p, caller(), p::isAlive, label("waitFor", timeout, unit), timeout, unit)) return false;
        return p.waitFor(timeout, unit);
    }

    public static int awaitAdvanceInterruptibly(Phaser p, int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        if (timesOut(p, caller(), () -> p.getPhase() == phase,
                "awaitAdvanceInterruptibly(" + phase + ", " + timeout + " " + name(unit) + ")", timeout, unit)) {
            return p.awaitAdvanceInterruptibly(phase, 0, TimeUnit.NANOSECONDS);
        }
        return p.awaitAdvanceInterruptibly(phase, timeout, unit);
    }

    /** The time-out is the barrier's own with a zero timeout: it breaks the barrier for every party, as the JDK's does. */
    public static int await(CyclicBarrier b, long timeout, TimeUnit unit)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        if (timesOut(b, caller(), () -> !b.isBroken() && b.getNumberWaiting() < b.getParties() - 1,
                label("await", timeout, unit), timeout, unit)) {
            return b.await(0, TimeUnit.NANOSECONDS);
        }
        return b.await(timeout, unit);
    }

    /** A condition's own zero wait: the lock is released and taken again, and a caller not holding it is told so. */
    public static boolean await(Condition c, long timeout, TimeUnit unit) throws InterruptedException {
        if (timesOut(c, caller(), () -> true, label("await", timeout, unit), timeout, unit)) {
            return c.await(0, TimeUnit.NANOSECONDS);
        }
        return c.await(timeout, unit);
    }

    public static long awaitNanos(Condition c, long nanos) throws InterruptedException {
        if (timesOut(c, caller(), () -> true, "awaitNanos(" + nanos + ")", nanos, TimeUnit.NANOSECONDS)) return c.awaitNanos(0);
        return c.awaitNanos(nanos);
    }

    public static boolean awaitQuiescence(ForkJoinPool pool, long timeout, TimeUnit unit) {
        if (timesOut(pool, caller(), () -> !pool.isQuiescent(), label("awaitQuiescence", timeout, unit), timeout, unit)) {
            return pool.awaitQuiescence(0, TimeUnit.NANOSECONDS);
        }
        return pool.awaitQuiescence(timeout, unit);
    }

    /** An exchange's own zero wait: with a partner already waiting, it exchanges; else it times out. */
    public static <V> V exchange(Exchanger<V> exchanger, V x, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        var caller = caller();
        if (adversary && isLearners(exchanger, caller)) {
            try {
                return exchanger.exchange(x, 0, TimeUnit.NANOSECONDS); // a partner already waiting: the exchange happens
            } catch (TimeoutException noPartnerYet) {
                if (timesOut(exchanger, caller, () -> true, label("exchange", timeout, unit), timeout, unit)) {
                    throw noPartnerYet;
                }
            }
        }
        return exchanger.exchange(x, timeout, unit);
    }

    public static boolean tryLock(Lock lock, long timeout, TimeUnit unit) throws InterruptedException {
        var caller = caller();
        if (adversary && isLearners(lock, caller) && lock.tryLock(0, TimeUnit.NANOSECONDS)) return true; // free: no time-out spent
        if (timesOut(lock, caller, () -> true, label("tryLock", timeout, unit), timeout, unit)) return false;
        return lock.tryLock(timeout, unit);
    }

    public static <E> E poll(BlockingQueue<E> q, long timeout, TimeUnit unit) throws InterruptedException {
        var caller = caller();
        if (adversary && isLearners(q, caller)) {
            var ready = q.poll(0, TimeUnit.NANOSECONDS); // an element there now is taken, and no time-out is spent on it
            if (ready != null) return ready;
            if (timesOut(q, caller, () -> true, label("poll", timeout, unit), timeout, unit)) return null;
        }
        return q.poll(timeout, unit);
    }

    public static <V> Future<V> poll(CompletionService<V> s, long timeout, TimeUnit unit) throws InterruptedException {
        var caller = caller();
        if (adversary && isLearners(s, caller)) {
            // A completed task there now is taken, and no time-out is spent on it: only waits that would really wait count
            // (the thirteenth attack's poll-and-skip loop spent them on tasks already done, then met only real waits).
            var ready = s.poll(0, TimeUnit.NANOSECONDS);
            if (ready != null) return ready;
            if (timesOut(s, caller, () -> true, label("poll", timeout, unit), timeout, unit)) return null;
        }
        return s.poll(timeout, unit);
    }

    // ---- a monitor's timed wait ----

    /**
     * A time-out at once returns without giving up the monitor (a real time-out gives it up and takes it back; the shortest
     * real one lasts a millisecond, too long for a loop's many time-outs): like a wake-up that came before any notify.
     */
    public static void wait(Object monitor, long millis) throws InterruptedException {
        // not the owner, or a zero or negative timeout: the real call, which throws or waits as the JDK's does
        if (Thread.holdsLock(monitor) && millis > 0
                && timesOutInterruptibly(monitor, caller(), () -> true, "wait(" + millis + ")", millis, TimeUnit.MILLISECONDS)) {
            return;
        }
        monitor.wait(millis);
    }

    public static void wait(Object monitor, long millis, int nanos) throws InterruptedException {
        if (Thread.holdsLock(monitor) && millis > 0 && nanos >= 0 && nanos <= 999_999
                && timesOutInterruptibly(monitor, caller(), () -> true, "wait(" + millis + ", " + nanos + ")", millis,
                TimeUnit.MILLISECONDS)) {
            return;
        }
        monitor.wait(millis, nanos);
    }

    // ---- a sleep: in a thread of the learner's other than the one the test called, a delay ----

    /**
     * A sleep in a thread the learner's code started (an "alarm" that sleeps, then interrupts the waiting thread or sets a
     * flag) is a hand-made timer, so it is up at once, as {@code delayedExecutor}'s delay is; the held task waits until that
     * thread has gone on to its next wait or ended ({@link #delayNotRunYet}). A sleep of the thread the test called (a
     * nap instead of a wait) stays real: the tests see it and say so.
     */
    public static void sleep(long millis) throws InterruptedException {
        if (!napIsUp("sleep(" + millis + " milliseconds)", TimeUnit.MILLISECONDS.toNanos(millis))) Thread.sleep(millis);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        boolean valid = nanos >= 0 && nanos <= 999_999; // else the real call, which throws IllegalArgumentException
        if (!valid || !napIsUp("sleep(" + millis + ", " + nanos + ")", TimeUnit.MILLISECONDS.toNanos(millis) + nanos)) {
            Thread.sleep(millis, nanos);
        }
    }

    public static void sleep(Duration d) throws InterruptedException {
        if (!napIsUp("sleep(" + d + ")", nanos(d))) Thread.sleep(d);
    }

    public static void sleep(TimeUnit unit, long timeout) throws InterruptedException {
        if (!napIsUp(label("sleep", timeout, unit), unit.toNanos(timeout))) unit.sleep(timeout);
    }

    /**
     * Whether this sleep or timed park is to end at once: in a run that asks for it, on a thread other than the one the
     * test called (which naps for real), not interrupted (then the real call throws or returns at once itself).
     */
    private static boolean napIsUp(String call, long nanos) {
        var me = Thread.currentThread();
        if (me.getName().equals(LearnerThread.NAME) || me == runner || me.isInterrupted()) return false;
        if (!delayIsUp(Thread.class, Thread.class, call, nanos)) return false;
        wokenEarly.add(me);
        return true;
    }

    // A timed park is a delay too (its contract lets it return at any time, for no reason at all).

    public static void parkNanos(long nanos) {
        if (!napIsUp("parkNanos(" + nanos + ")", nanos)) java.util.concurrent.locks.LockSupport.parkNanos(nanos);
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (!napIsUp("parkNanos(" + nanos + ")", nanos)) java.util.concurrent.locks.LockSupport.parkNanos(blocker, nanos);
    }

    // (A deadline the learner read from its own clock is ahead of the real one: the real park is given the real deadline.)

    public static void parkUntil(long deadline) {
        if (!napIsUp("parkUntil(a deadline)", TimeUnit.MILLISECONDS.toNanos(deadline - currentTimeMillis()))) {
            java.util.concurrent.locks.LockSupport.parkUntil(deadline - ahead.get() / 1_000_000);
        }
    }

    public static void parkUntil(Object blocker, long deadline) {
        if (!napIsUp("parkUntil(a deadline)", TimeUnit.MILLISECONDS.toNanos(deadline - currentTimeMillis()))) {
            java.util.concurrent.locks.LockSupport.parkUntil(blocker, deadline - ahead.get() / 1_000_000);
        }
    }

    // A process of the learner's own (`sleep 2` started as a timer, or as a nap) ends at once: the work may outlast it.

    public static Process start(ProcessBuilder builder) throws java.io.IOException {
        return endedAtOnce(builder.start(), builder.command());
    }

    @SuppressWarnings("deprecation")
    public static Process exec(Runtime runtime, String command) throws java.io.IOException {
        return endedAtOnce(runtime.exec(command), List.of(command));
    }

    public static Process exec(Runtime runtime, String[] command) throws java.io.IOException {
        return endedAtOnce(runtime.exec(command), List.of(command));
    }

    private static Process endedAtOnce(Process p, List<String> command) {
        if (!delayIsUp(Process.class, Process.class, "a process of yours (" + String.join(" ", command) + ")", 1)) return p;
        // what waits for its end runs before the held task is let go (this callback, registered first, runs last)
        delaysNotRunYet.incrementAndGet();
        p.onExit().whenComplete((ended, failure) -> delaysNotRunYet.decrementAndGet());
        p.destroyForcibly();
        return p;
    }

    // ---- the learner's clock ----

    /**
     * How far the learner's clock is ahead of the real one: each time-out, delay or sleep made to end at once moves it on
     * by the time it stood for, so code that waits until a deadline it reads from the clock meets its deadline as it would
     * if the work were slow. It never goes back (not even after the run: a loop left running from a run would otherwise
     * wait for a deadline far ahead of the real clock, and hold up the next test).
     */
    private static final AtomicLong ahead = new AtomicLong();

    public static long nanoTime() {
        return System.nanoTime() + ahead.get();
    }

    public static long currentTimeMillis() {
        return System.currentTimeMillis() + ahead.get() / 1_000_000;
    }

    /** Moves the learner's clock on by {@code nanos}: a time-out or delay made to be up at once stood for that long. */
    static void clockMovesOn(long nanos) {
        ahead.accumulateAndGet(Math.max(0, nanos), (a, b) -> a > Long.MAX_VALUE / 4 - b ? a : a + b); // never overflows
    }

    /** Threads whose sleep was made to be up at once: pending until they wait again or end. */
    private static final Set<Thread> wokenEarly = ConcurrentHashMap.newKeySet();

    // ---- timers and delays: in such a run, a delay of the learner's own is up at once ----

    public static <T> CompletableFuture<T> orTimeout(CompletableFuture<T> f, long timeout, TimeUnit unit) {
        if (!f.isDone() && delayIsUp(f, caller(), label("orTimeout", timeout, unit), unit.toNanos(timeout))) {
            f.completeExceptionally(new TimeoutException());
            return f;
        }
        return f.orTimeout(timeout, unit);
    }

    public static <T> CompletableFuture<T> completeOnTimeout(CompletableFuture<T> f, T value, long timeout, TimeUnit unit) {
        if (!f.isDone() && delayIsUp(f, caller(), label("completeOnTimeout", timeout, unit),
                unit.toNanos(timeout))) {
            f.complete(value);
            return f;
        }
        return f.completeOnTimeout(value, timeout, unit);
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        if (!delayIsUp(CompletableFuture.class, caller(), label("delayedExecutor", delay, unit), unit.toNanos(delay))) {
            return CompletableFuture.delayedExecutor(delay, unit);
        }
        var now = CompletableFuture.delayedExecutor(0, TimeUnit.NANOSECONDS);
        return command -> now.execute(counted(command));
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (!delayIsUp(CompletableFuture.class, caller(), label("delayedExecutor", delay, unit), unit.toNanos(delay))) {
            return CompletableFuture.delayedExecutor(delay, unit, executor);
        }
        var now = CompletableFuture.delayedExecutor(0, TimeUnit.NANOSECONDS, executor);
        return command -> now.execute(counted(command));
    }

    public static ScheduledFuture<?> schedule(ScheduledExecutorService s, Runnable command, long delay, TimeUnit unit) {
        if (!delayIsUp(s, caller(), label("schedule", delay, unit), unit.toNanos(delay))) return s.schedule(command, delay, unit);
        return s.schedule(counted(command), 0, unit);
    }

    public static <V> ScheduledFuture<V> schedule(ScheduledExecutorService s, Callable<V> callable, long delay, TimeUnit unit) {
        if (!delayIsUp(s, caller(), label("schedule", delay, unit), unit.toNanos(delay))) return s.schedule(callable, delay, unit);
        delaysNotRunYet.incrementAndGet();
        return s.schedule(() -> {
            try {
                return callable.call();
            } finally {
                delaysNotRunYet.decrementAndGet();
            }
        }, 0, unit);
    }

    public static void schedule(Timer timer, TimerTask task, long delay) {
        if (!delayIsUp(timer, caller(), "schedule(" + delay + " milliseconds)", TimeUnit.MILLISECONDS.toNanos(delay))) {
            timer.schedule(task, delay);
            return;
        }
        var run = counted(task);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                run.run();
            }
        }, 0);
    }

    /**
     * {@link #delayNotRunYet}, or, in a run whose delays are made up at once, a task waits in the common pool's queue for a
     * free worker (a timer of the learner's made with supplyAsync or runAsync, whose delay has not even begun): the held
     * work waits for it to run first. Tasks that run in the common pool (a lookup waiting for its answer) do not count,
     * nor does anything queued while one of its workers runs a task the test holds (it may never start before that one).
     */
    public static boolean learnersDelayPending() {
        if (delayNotRunYet()) return true;
        if (!adversary) return false; // outside such runs a delay is real: nothing is made to come first
        // Queued work the common pool will get to: not while one of its workers runs a task the test holds (the learner's
        // tasks put on the common pool), behind which the queued work may wait for ever.
        var common = java.util.concurrent.ForkJoinPool.commonPool();
        if (common.getQueuedSubmissionCount() == 0 && common.getQueuedTaskCount() == 0) return false;
        for (var e : Thread.getAllStackTraces().entrySet()) {
            if (!(e.getKey() instanceof java.util.concurrent.ForkJoinWorkerThread w) || w.getPool() != common) continue;
            for (var frame : e.getValue()) {
                if (frame.getClassName().startsWith(OwnWaits.class.getPackageName() + ".")) return false; // a held task
            }
        }
        return true;
    }

    /**
     * Delays made to be up at once whose action has not run yet: the held task waits for them (see {@link LearnerRun}), so
     * the action a delay stands for (a watchdog that opens a latch, say) always comes first, as it would if the work were
     * slow, whichever thread gets there first.
     */
    public static boolean delayNotRunYet() {
        wokenEarly.removeIf(t -> t.getState() != Thread.State.RUNNABLE); // waits again, or ended: it has done its step
        return delaysNotRunYet.get() > 0 || !wokenEarly.isEmpty();
    }

    private static final AtomicInteger delaysNotRunYet = new AtomicInteger();

    private static Runnable counted(Runnable command) {
        delaysNotRunYet.incrementAndGet();
        return () -> {
            try {
                command.run();
            } finally {
                delaysNotRunYet.decrementAndGet();
            }
        };
    }

    // ---- the rule ----

    /** The class that called the redirected method: the learner's (two frames up, past this method and its caller here). */
    private static Class<?> caller() {
        return WALKER.walk(frames -> frames.skip(2).findFirst()).orElseThrow().getDeclaringClass();
    }

    /**
     * Whether this wait is to time out now: the run asks for it, the timeout is neither zero nor negative (those are the
     * real calls, errors included) nor a century, the object is of the JDK's or the learner's, the work is
     * {@code unfinished}, and {@link TimedWaits} says so, within the run's cap. Nothing is asked of the object unless the
     * run asks for time-outs: outside such runs the redirected call is the real one and nothing else.
     */
    private static boolean timesOut(Object o, Class<?> caller, BooleanSupplier unfinished, String call, long timeout, TimeUnit unit) {
        if (!adversary) return false;
        long thread = Thread.currentThread().threadId();
        long nanos = unit.toNanos(timeout);
        if (nanos <= 0 || nanos >= FOREVER_NANOS || !isLearners(o, caller) || !unfinished.getAsBoolean()) {
            waitingForReal.remove(thread);
            return false;
        }
        if (!waits.computeIfAbsent(o, x -> new TimedWaits(WatchedPool.Time.ADVERSARY)).timeOutNow(true, timeout, unit)
                || inThisRun.incrementAndGet() > TimedWaits.AT_MOST) {
            waitingForReal.add(thread); // its time-outs are spent: this wait is the real one
            return false;
        }
        waitingForReal.remove(thread);
        timedOut.addIfAbsent(call + " on " + what(o));
        return true; // the learner's clock moved on in TimedWaits (also when the run's cap made the wait the real one)
    }

    /** {@link #timesOut}, and an interrupt already pending is thrown, as the real wait would throw it. */
    private static boolean timesOutInterruptibly(Object o, Class<?> caller, BooleanSupplier unfinished, String call, long timeout,
                                                 TimeUnit unit) throws InterruptedException {
        if (!timesOut(o, caller, unfinished, call, timeout, unit)) return false;
        if (Thread.interrupted()) throw new InterruptedException();
        return true;
    }

    /** Whether a delay set now is to be up at once: in such a run, on a JDK or learner's object, within the run's cap. */
    private static boolean delayIsUp(Object o, Class<?> caller, String call, long nanos) {
        if (!adversary || nanos <= 0 || nanos >= FOREVER_NANOS || !(o instanceof Class<?> || isLearners(o, caller))
                || inThisRun.incrementAndGet() > TimedWaits.AT_MOST) {
            return false;
        }
        timedOut.addIfAbsent(o instanceof CompletableFuture<?> ? call + " on " + what(o) : call);
        clockMovesOn(nanos);
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

    /** "await(1 minutes)": a call as the messages name it. */
    private static String label(String method, long timeout, TimeUnit unit) {
        return method + "(" + timeout + " " + name(unit) + ")";
    }

    private static String name(TimeUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
