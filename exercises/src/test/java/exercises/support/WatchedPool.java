package exercises.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A real fixed thread pool (the same {@link ThreadPoolExecutor} that {@code Executors.newFixedThreadPool}
 * builds) wrapped so the test can see what the learner does with it: what was submitted, which future
 * was waited on, whether and how the pool was shut down and awaited.
 *
 * <p>It never changes what the pool does, except for time: its timed waits ({@code awaitTermination},
 * {@code get(timeout)} of its futures, {@code invokeAll} with a timeout) follow the factory's {@link Time}, so that no
 * verdict ever depends on the clock.
 * <ul>
 *   <li>{@link Time#PATIENT}: a timed wait waits as long as the work takes, as on a fast machine. The test lets the held
 *       task go once the learner really waits, so the wait ends; a timeout that is too short can never race the work.</li>
 *   <li>{@link Time#ADVERSARY}: timed waits on an object whose work is unfinished time out at once, whatever timeout the
 *       learner passed, as they may on a slow, busy day, until at least 25 have and together they asked for at least
 *       ten minutes ({@link TimedWaits}): {@code awaitTermination} returns {@code false},
 *       {@code get} throws {@link TimeoutException}, {@code invokeAll} cancels the tasks it has not completed. Code that
 *       waits again (a loop) or stops and says so passes; code that ignores the result goes on while work is held.</li>
 * </ul>
 * {@code awaitTermination} on a pool that was never shut down is not affected: it really waits, and the test
 * interrupts it, because such a pool can never terminate.
 */
public final class WatchedPool implements ExecutorService {

    /** How the pool's timed waits behave; see the class comment. */
    public enum Time { PATIENT, ADVERSARY }

    /** What the learner's thread is blocked in, as far as this pool knows. */
    public sealed interface Wait {
        /** Whether only the held task can end this wait (then the test may let it go once the others have settled). */
        boolean needsStraggler();

        /**
         * Waiting for one future. It needs the held task if that task runs inside it, or if the pool has a
         * single thread (held by the straggler) and this submission has not started: FIFO puts it behind.
         */
        record OnFuture(Submission submission, int poolSize) implements Wait {
            @Override
            public boolean needsStraggler() {
                return submission.holdsStraggler || (poolSize == 1 && !submission.started);
            }
        }
        /** Waiting for the pool to terminate: that needs every task, the held one too. */
        record Termination() implements Wait {
            @Override
            public boolean needsStraggler() {
                return true;
            }
        }
        /**
         * Waiting in invokeAll for its tasks: it needs the held task if that task runs inside it, or if one of its tasks
         * has not started (queued behind the held one). A task the learner handed over apart (execute(), submit()) is not
         * waited for here.
         */
        record InvokeAll(List<Submission> submissions) implements Wait {
            @Override
            public boolean needsStraggler() {
                return submissions.stream().anyMatch(s -> s.holdsStraggler || !s.started);
            }
        }
    }

    /** One task handed to the pool; knows whether the held task turned out to run inside it. */
    public static final class Submission {
        private static final ThreadLocal<Submission> RUNNING = new ThreadLocal<>();
        final int number;
        volatile boolean holdsStraggler;
        volatile boolean started;

        Submission(int number) {
            this.number = number;
        }

        static Submission running() {
            return RUNNING.get();
        }
    }

    private final ThreadPoolExecutor pool;
    private final int requestedSize;
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final AtomicInteger submissions = new AtomicInteger();
    private final AtomicInteger terminationPolls = new AtomicInteger();
    private final AtomicInteger donePolls = new AtomicInteger(); // isDone() calls on this pool's futures
    private final AtomicInteger ended = new AtomicInteger(); // submissions whose task has returned or thrown
    private volatile boolean workLeftAtShutdownNow; // some submission had not ended when shutdownNow() was called
    private final CopyOnWriteArrayList<String> calls = new CopyOnWriteArrayList<>(); // each call once, in the order first made
    /** Each thread's wait in this pool right now (a pool's wait is judged for the thread that waits, not for any thread). */
    private final Map<Long, Wait> currentWaits = new ConcurrentHashMap<>();
    private volatile boolean shutdownCalled;
    private volatile boolean shutdownNowCalled;
    private volatile boolean closeCalled;
    private final Time time;
    private final CopyOnWriteArrayList<String> timedOut = new CopyOnWriteArrayList<>(); // timed waits the test made time out
    private final TimedWaits awaits; // this pool's timed awaitTermination calls
    private volatile boolean inClose; // close() is waiting: its own awaitTermination calls are not the learner's
    private volatile boolean awaitTimedOutLast; // the learner's last awaitTermination was made to time out
    private volatile boolean awaitRetried; // the learner called awaitTermination again after one timed out
    private volatile boolean futureGetCalled;

    private WatchedPool(int size, String name, Time time) {
        this.requestedSize = size;
        this.time = time;
        this.awaits = new TimedWaits(time);
        ThreadFactory factory = runnable -> {
            var t = new Thread(runnable, name + "-worker-" + (workers.size() + 1));
            workers.add(t);
            return t;
        };
        this.pool = new ThreadPoolExecutor(size, size, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
    }

    /** Hands out watched pools and remembers every one, so the test can inspect and clean them up. */
    public static final class Factory implements IntFunction<ExecutorService> {
        private final List<WatchedPool> created = new CopyOnWriteArrayList<>();
        private final Time time;

        /** Pools whose timed waits are {@link Time#PATIENT}. */
        public Factory() {
            this(Time.PATIENT);
        }

        public Factory(Time time) {
            this.time = time;
        }

        /** How this factory's pools make timed waits behave. */
        public Time time() {
            return time;
        }

        @Override
        public ExecutorService apply(int size) {
            if (size <= 0) {
                throw new IllegalArgumentException("a pool needs at least one thread, got " + size);
            }
            var p = new WatchedPool(size, "pool-" + (created.size() + 1), time);
            p.creator = Thread.currentThread();
            created.add(p);
            return p;
        }

        public List<WatchedPool> created() {
            return List.copyOf(created);
        }

        /** Like the JSR-166 TCK's PoolCleaner: whatever the learner did, no worker outlives the test. */
        public void cleanUp() throws InterruptedException {
            for (var p : created) {
                p.pool.shutdownNow();
                if (!p.pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("a pool's worker did not stop within 10 s of shutdownNow(); a task ignores interrupts");
                }
            }
        }
    }

    // ---- what the test reads ----

    public int requestedSize() { return requestedSize; }
    public List<Thread> workers() { return List.copyOf(workers); }
    /** The wait in this pool of the thread {@code threadId} (the learner's, as a rule), or null. */
    public Wait currentWaitOf(long threadId) { return currentWaits.get(threadId); }
    public boolean shutdownCalled() { return shutdownCalled; }
    public boolean shutdownNowCalled() { return shutdownNowCalled; }
    public boolean closeCalled() { return closeCalled; }
    public boolean isShutdownReally() { return pool.isShutdown(); }
    /**
     * The learner's thread never shut this pool down nor waited for it to terminate, and another thread did shut it down
     * (a helper that closes it "in the background"): whether that happens before the caller goes on is left to chance.
     * Judged by who called what, not by when, so the verdict is the same on every run. (Shutting down from another thread
     * and waiting for termination on the learner's is fine.)
     */
    public boolean shutdownLeftToAnotherThread() {
        var learner = learnerThread;
        return learner != null && !shutdownBy.isEmpty() && !shutdownBy.contains(learner) && !terminationAwaitedBy.contains(learner)
                && !terminatedAtReturn;
    }
    public int terminationPolls() { return terminationPolls.get(); }
    /** Tasks waiting in the pool's queue for a worker. */
    public int queued() { return pool.getQueue().size(); }

    /** Calls of isTerminated() on the pool and of isDone() on its futures: asking instead of waiting. */
    public int polls() { return terminationPolls.get() + donePolls.get(); }
    /** The timed waits that the test made time out ({@link Time#ADVERSARY}), e.g. "awaitTermination(1 minutes)". */
    public List<String> timedOut() { return List.copyOf(timedOut); }
    /**
     * Only awaitTermination timed out here, and the learner called it again after each time-out (a loop that waits until
     * it says yes): those time-outs were answered, so an early print has another cause.
     */
    public boolean timedOutOnlyInALoop() {
        return awaitRetried && !awaitTimedOutLast && timedOut.stream().allMatch(c -> c.startsWith("awaitTermination"));
    }

    /** With {@link #shutdownNowCalled()}: whether some task handed in had not ended when shutdownNow() was called. */
    public boolean workLeftAtShutdownNow() { return workLeftAtShutdownNow; }
    public boolean futureGetCalled() { return futureGetCalled; }
    public int submissions() { return submissions.get(); }
    public List<String> calls() { return List.copyOf(calls); }

    private volatile Thread learnerThread; // the thread that ran the learner's method, noted as it returned
    private volatile boolean learnerReturned;
    private volatile boolean terminatedAtReturn; // done at the return: terminated, or shut down with every task ended
    private volatile Thread creator; // the thread that made the pool: the learner's, as a rule
    private final Set<Thread> shutdownBy = ConcurrentHashMap.newKeySet(); // threads that called shutdown (or close)
    private final Set<Thread> terminationAwaitedBy = ConcurrentHashMap.newKeySet(); // threads whose wait saw it terminate

    /** Called on the learner's thread as its method returns or throws (see {@link #shutdownLeftToAnotherThread()}). */
    public void noteTheLearnerReturned() {
        // Terminated, or shut down with every task ended (its idle threads are only leaving: get every future, then
        // shutdown(), passes too): whether the last worker had gone yet is the scheduler's business, not judged.
        terminatedAtReturn = pool.isTerminated() || pool.isShutdown() && ended.get() >= submissions.get();
        learnerThread = Thread.currentThread();
        learnerReturned = true;
    }

    /** Called by the held task when it starts: marks the submission it runs in, if any. */
    public static void noteStragglerStarted() {
        var s = Submission.running();
        if (s != null) s.holdsStraggler = true;
    }

    // ---- ExecutorService, delegated and recorded ----

    private Runnable tracked(Submission s, Runnable r) {
        return () -> {
            s.started = true;
            Submission.RUNNING.set(s);
            try {
                r.run();
            } finally {
                Submission.RUNNING.remove();
                ended.incrementAndGet(); // before the future completes: a get() that returned implies this
            }
        };
    }

    private <T> Callable<T> tracked(Submission s, Callable<T> c) {
        return () -> {
            s.started = true;
            Submission.RUNNING.set(s);
            try {
                return c.call();
            } finally {
                Submission.RUNNING.remove();
                ended.incrementAndGet(); // before the future completes: a get() that returned implies this
            }
        };
    }

    private Submission newSubmission() {
        return new Submission(submissions.incrementAndGet());
    }

    @Override
    public void execute(Runnable command) {
        // An ExecutorCompletionService hands its tasks in through execute(), with futures of its own: name it as such.
        boolean viaCompletionService = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().equals("java.util.concurrent.ExecutorCompletionService")));
        // CompletableFuture.runAsync/supplyAsync(task, pool) hand in one of CompletableFuture's own tasks: name that too.
        var c = command.getClass().getName();
        calls.addIfAbsent(viaCompletionService ? "ExecutorCompletionService.submit"
                : c.equals("java.util.concurrent.CompletableFuture$AsyncRun") ? "CompletableFuture.runAsync"
                : c.equals("java.util.concurrent.CompletableFuture$AsyncSupply") ? "CompletableFuture.supplyAsync"
                : "execute");
        pool.execute(tracked(newSubmission(), command));
    }

    @Override
    public Future<?> submit(Runnable task) {
        calls.addIfAbsent("submit");
        var s = newSubmission();
        return new WatchedFuture<>(pool.submit(tracked(s, task)), s);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        calls.addIfAbsent("submit");
        var s = newSubmission();
        return new WatchedFuture<>(pool.submit(tracked(s, task), result), s);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        calls.addIfAbsent("submit");
        var s = newSubmission();
        return new WatchedFuture<>(pool.submit(tracked(s, task)), s);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        calls.addIfAbsent("invokeAll");
        var submissions = new ArrayList<Submission>();
        var tracked = trackedAll(tasks, submissions);
        return waitingFor(new Wait.InvokeAll(List.copyOf(submissions)), () -> pool.invokeAll(tracked));
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        var call = "invokeAll(tasks, " + timeout + " " + unit.name().toLowerCase() + ")";
        calls.addIfAbsent(call);
        if (time == Time.ADVERSARY) {
            // Time is up before the first task could start: every task is cancelled, as the contract allows.
            // (Every timed invokeAll: each call hands in its tasks anew, so a retry starts from nothing too.)
            timedOut.addIfAbsent(call);
            return pool.invokeAll(trackedAll(tasks), 0, TimeUnit.NANOSECONDS);
        }
        var submissions = new ArrayList<Submission>();
        var tracked = trackedAll(tasks, submissions);
        return waitingFor(new Wait.InvokeAll(List.copyOf(submissions)), () -> pool.invokeAll(tracked));
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        calls.addIfAbsent("invokeAny");
        return pool.invokeAny(trackedAll(tasks));
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        calls.addIfAbsent("invokeAny(timeout)");
        return pool.invokeAny(trackedAll(tasks), timeout, unit);
    }

    private <T> List<Callable<T>> trackedAll(Collection<? extends Callable<T>> tasks) {
        return trackedAll(tasks, new ArrayList<>());
    }

    /** The tasks, each tracked as a submission of its own, added to {@code submissions}. */
    private <T> List<Callable<T>> trackedAll(Collection<? extends Callable<T>> tasks, List<Submission> submissions) {
        var list = new ArrayList<Callable<T>>();
        for (var t : tasks) {
            var s = newSubmission();
            submissions.add(s);
            list.add(tracked(s, t));
        }
        return list;
    }

    /**
     * A shutdown (or close) from a thread other than the one that made the pool, a helper of the learner's that closes it
     * "in the background", goes ahead only once the pool's maker waits (it may be waiting for that helper: joining it),
     * or has returned. So whether the pool had terminated when the method returned is decided by whether the method
     * waited, never by which thread the scheduler ran first. Polls the maker's state; no decision rests on time.
     */
    private void heldWhileTheMakerRuns() {
        var maker = creator;
        if (maker == null || maker == Thread.currentThread() || workers.contains(Thread.currentThread())) return;
        while (!learnerReturned && maker.isAlive()) {
            var state = maker.getState();
            if (state == Thread.State.BLOCKED || (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) && !LearnerThread.napping(maker.getStackTrace())) {
                return;
            }
            if (state == Thread.State.RUNNABLE && terminationPolls.get() > 0) return; // it polls isTerminated() for it
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // re-check the maker's state; no decision rests on it
        }
    }

    @Override
    public void shutdown() {
        heldWhileTheMakerRuns();
        calls.addIfAbsent("shutdown");
        shutdownCalled = true;
        shutdownBy.add(Thread.currentThread());
        pool.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        if (!inClose) { // close() answers an interrupt with shutdownNow(): that one is close()'s, not the learner's
            heldWhileTheMakerRuns();
            calls.addIfAbsent("shutdownNow");
            shutdownNowCalled = true;
            shutdownBy.add(Thread.currentThread());
        }
        workLeftAtShutdownNow = ended.get() < submissions.get();
        return pool.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        if (!inClose) terminationPolls.incrementAndGet(); // close() asks it once itself: not a poll of the learner's
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        boolean terminated = awaitTerminationWatched(timeout, unit);
        if (terminated) terminationAwaitedBy.add(Thread.currentThread());
        return terminated;
    }

    private boolean awaitTerminationWatched(long timeout, TimeUnit unit) throws InterruptedException {
        var call = "awaitTermination(" + timeout + " " + unit.name().toLowerCase() + ")";
        calls.addIfAbsent(call);
        if (!pool.isShutdown()) {
            // Never shut down, so it cannot terminate: the real wait, which the test interrupts (see LearnerRun).
            return waitingFor(new Wait.Termination(), () -> pool.awaitTermination(timeout, unit));
        }
        // Unfinished while a task handed in has not ended; once all have, the workers are only leaving: the real wait is short.
        if (!inClose && awaitTimedOutLast) awaitRetried = true; // waited again after a time-out: a loop, not an ignored answer
        if (awaits.timeOutNow(!pool.isTerminated() && ended.get() < submissions.get(), timeout, unit)) {
            if (!inClose) {
                timedOut.addIfAbsent(call); // close() loops on its own: never blame the learner for its waits
                awaitTimedOutLast = true;
            }
            return false;
        }
        awaitTimedOutLast = false;
        return waitingFor(new Wait.Termination(), () -> pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS));
    }

    @Override
    public void close() {
        heldWhileTheMakerRuns();
        calls.addIfAbsent("close");
        closeCalled = true;
        inClose = true;
        try {
            ExecutorService.super.close(); // shutdown(), then awaitTermination(1 day) in a loop: through this wrapper
        } finally {
            inClose = false;
        }
    }

    private interface Blocking<T> {
        T call() throws InterruptedException;
    }

    private <T> T waitingFor(Wait wait, Blocking<T> blocking) throws InterruptedException {
        long me = Thread.currentThread().threadId();
        var outer = currentWaits.put(me, wait);
        try {
            return blocking.call();
        } finally {
            if (outer == null) currentWaits.remove(me);
            else currentWaits.put(me, outer);
        }
    }

    /** A future that tells the test which submission the learner is waiting for. */
    private final class WatchedFuture<T> implements Future<T> {
        private final Future<T> delegate;
        private final Submission submission;
        private final TimedWaits gets = new TimedWaits(time); // this future's timed get() calls

        WatchedFuture(Future<T> delegate, Submission submission) {
            this.delegate = delegate;
            this.submission = submission;
        }

        @Override public boolean cancel(boolean mayInterrupt) { return delegate.cancel(mayInterrupt); }
        @Override public boolean isCancelled() { return delegate.isCancelled(); }
        @Override public boolean isDone() {
            donePolls.incrementAndGet();
            return delegate.isDone();
        }
        @Override public State state() { return delegate.state(); }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            futureGetCalled = true;
            long me = Thread.currentThread().threadId();
            currentWaits.put(me, new Wait.OnFuture(submission, requestedSize));
            try {
                return delegate.get();
            } finally {
                currentWaits.remove(me);
            }
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            futureGetCalled = true;
            if (gets.timeOutNow(!delegate.isDone(), timeout, unit)) {
                timedOut.addIfAbsent("get(" + timeout + " " + unit.name().toLowerCase() + ")");
                throw new TimeoutException("the test made this timed get() time out: the task was not done yet");
            }
            long me = Thread.currentThread().threadId();
            currentWaits.put(me, new Wait.OnFuture(submission, requestedSize));
            try {
                return delegate.get(); // PATIENT: as long as the task takes (the test lets it go once you wait)
            } finally {
                currentWaits.remove(me);
            }
        }
    }
}
