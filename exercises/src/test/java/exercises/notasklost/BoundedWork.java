package exercises.notasklost;

import java.io.PrintStream;
import java.lang.management.LockInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import exercises.support.TimedWaits;
import workbook.ch05.PoolMaker;

/**
 * The tasks and the pool maker that no-task-lost hands to the learner's code.
 *
 * <p>Every task prints two lines and then waits at a gate that only the test opens, so nothing finishes while the
 * learner submits: the workers stay busy, the queue fills up, and the rejection policy is put to work on every
 * run. One task (the straggler: task 0 unless the test says another) waits at a gate of its own that opens only when
 * the learner's thread waits for something else than a task it runs itself, or than another task's future, and
 * every other task has ended: a final line printed before that was printed before every task finished, every time,
 * and so was one printed after waiting for every task but the straggler (the last one, say).
 */
final class BoundedWork implements AutoCloseable {

    /** A gate with a monitor of its own, so that a thread dump tells at which gate a thread waits. */
    static final class Gate {
        private final Object monitor = new Object();
        private boolean open;

        void await() throws InterruptedException {
            synchronized (monitor) {
                while (!open) monitor.wait();
            }
        }

        void open() {
            synchronized (monitor) {
                open = true;
                monitor.notifyAll();
            }
        }

        boolean isOpen() {
            synchronized (monitor) {
                return open;
            }
        }

        boolean isWaitedOnIn(LockInfo lock) {
            return lock != null && lock.getIdentityHashCode() == System.identityHashCode(monitor);
        }
    }

    /** A pool the learner made, with what they asked for. */
    record Made(int core, int max, BlockingQueue<Runnable> queue, long queueCapacity, RejectedExecutionHandler handler,
                WatchedPool pool, WatchedHandler watched) {
        boolean unbounded() {
            return queueCapacity == Integer.MAX_VALUE;
        }
    }

    /** Counts rejections and lets a thread dump show when a thread is inside the learner's policy. */
    static final class WatchedHandler implements RejectedExecutionHandler {
        final RejectedExecutionHandler policy;
        final AtomicInteger rejections = new AtomicInteger();

        WatchedHandler(RejectedExecutionHandler policy) {
            this.policy = policy;
        }

        /** Set when the policy threw because its thread was interrupted: it stopped and said so. */
        volatile boolean stoppedOnAnInterrupt;

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor executor) {
            rejections.incrementAndGet();
            try {
                policy.rejectedExecution(r, executor);
            } catch (RuntimeException e) {
                // AbortPolicy throws whatever the flag: only a policy of the learner's that throws on an interrupt stopped
                if (exercises.support.InterruptExpect.causedByInterrupt(e)
                        || Thread.currentThread().isInterrupted() && !(policy instanceof ThreadPoolExecutor.AbortPolicy)) {
                    stoppedOnAnInterrupt = true;
                }
                throw e;
            }
        }
    }

    /**
     * A real ThreadPoolExecutor that remembers a shutdownNow() the learner's code made while tasks were unfinished:
     * how many tasks were unfinished then, and how many queued tasks it took out of the queue (the list it returns).
     */
    final class WatchedPool extends ThreadPoolExecutor {
        private volatile int unfinishedAtShutdownNow = -1;
        private volatile int removedByShutdownNow;
        private volatile int notHandedOverAtShutdownNow;
        private volatile int removedByAnInterruptedClose;
        private volatile boolean stoppedByAnInterruptedClose;

        WatchedPool(int core, int max, BlockingQueue<Runnable> queue, WatchedHandler handler) {
            super(core, max, 30, TimeUnit.SECONDS, queue, r -> {
                var t = new Thread(r, "bounded-pool-worker-" + (workers.size() + 1));
                workers.add(t);
                return t;
            }, handler);
        }

        private volatile TimedOffersTimeOut learnersQueue; // made on first use, in the test whose timed waits time out

        /** The queue as the learner's policy sees it: in the timed-wait test, its timed offers time out (see the class). */
        @Override
        public BlockingQueue<Runnable> getQueue() {
            if (!adversaryTime) return super.getQueue();
            if (learnersQueue == null) {
                synchronized (this) {
                    if (learnersQueue == null) learnersQueue = new TimedOffersTimeOut(super.getQueue());
                }
            }
            return learnersQueue;
        }

        /** Whether the test made a timed offer of the learner's policy time out. */
        boolean offerTimedOut() {
            return learnersQueue != null && learnersQueue.timedOut();
        }

        @Override
        protected <T> java.util.concurrent.RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
            return new WatchedFuture<>(java.util.concurrent.Executors.callable(runnable, value));
        }

        @Override
        protected <T> java.util.concurrent.RunnableFuture<T> newTaskFor(java.util.concurrent.Callable<T> callable) {
            return new WatchedFuture<>(callable);
        }

        /** Every task handed to execute() (submit() hands over a wrapper of its own), once each. */
        private final Set<Runnable> handedOver = ConcurrentHashMap.newKeySet();

        @Override
        public void execute(Runnable command) {
            if (command != null) handedOver.add(command);
            super.execute(command);
        }

        /** How many different tasks the learner's code handed to this pool, rejected or not. */
        int handedOver() { return handedOver.size(); }

        @Override
        public List<Runnable> shutdownNow() {
            int unfinished = unfinished();
            var removed = super.shutdownNow();
            // close() answers an interrupt with shutdownNow(): that one is the interrupt's doing, judged by the interrupt test
            if (!closing && !inClose && unfinished > 0 && unfinishedAtShutdownNow < 0) {
                unfinishedAtShutdownNow = unfinished;
                removedByShutdownNow = removed.size();
                notHandedOverAtShutdownNow = Math.max(0, size - handedOver.size());
            }
            if (!closing && inClose && unfinished > 0) { // close() saw the interrupt flag
                stoppedByAnInterruptedClose = true;
                removedByAnInterruptedClose += removed.size();
            }
            return removed;
        }

        /**
         * A pool that was shut down waits as long as its tasks take (the test lets them go once the learner waits), so
         * no verdict depends on the clock; with {@link #adversaryTime}, its first timed wait while tasks are unfinished
         * times out at once instead, whatever the timeout, as it may on a slow day. Never shut down: the real wait.
         */
        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            if (closing || !isShutdown()) return super.awaitTermination(timeout, unit);
            if (awaits.timeOutNow(!isTerminated(), timeout, unit)) {
                if (!inClose) timedOut = true; // close() loops on its own: never blame the learner for its waits
                return false;
            }
            return super.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }

        private volatile boolean timedOut;
        private final TimedWaits awaits = new TimedWaits(adversaryTime ? exercises.support.WatchedPool.Time.ADVERSARY
                : exercises.support.WatchedPool.Time.PATIENT);
        private volatile boolean inClose;

        @Override
        public void close() {
            inClose = true;
            try {
                super.close();
            } finally {
                inClose = false;
            }
        }

        /** Whether the test made a timed wait on this pool time out. */
        boolean timedOut() { return timedOut; }

        /** Did the learner's code call shutdownNow() while tasks had not finished? */
        boolean stoppedEarly() { return unfinishedAtShutdownNow >= 0; }
        int removedByShutdownNow() { return removedByShutdownNow; }
        /** How many tasks had not finished (queued, running or not handed over yet) when the learner called shutdownNow(). */
        int unfinishedAtShutdownNow() { return unfinishedAtShutdownNow; }
        /** How many tasks the learner's code had not handed to the pool yet when it called shutdownNow(). */
        int notHandedOverAtShutdownNow() { return notHandedOverAtShutdownNow; }
        /** Queued tasks that close() threw away because the thread calling it was interrupted (it calls shutdownNow()). */
        int removedByAnInterruptedClose() { return removedByAnInterruptedClose; }
        /** Whether close() stopped unfinished tasks because the thread calling it was interrupted. */
        boolean stoppedByAnInterruptedClose() { return stoppedByAnInterruptedClose; }
    }

    final Gate gate = new Gate();
    final Gate stragglerGate = new Gate();
    private final int size;
    private final PrintStream out;
    private final AtomicIntegerArray runs;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final AtomicInteger othersRunning = new AtomicInteger(); // tasks but the straggler that have started and not ended
    private volatile Thread stragglerThread; // the thread that runs the straggler
    private final int stragglerIndex;
    /** The future the pool made for the straggler (submit, invokeAll), once it has started; null before, or without one. */
    private volatile java.util.concurrent.Future<?> stragglerFuture;
    /** The future of this pool's that the current thread runs: the straggler's is found by its task. */
    private static final ThreadLocal<java.util.concurrent.Future<?>> RUNNING = new ThreadLocal<>();
    private volatile boolean closing;
    private volatile boolean adversaryTime; // see WatchedPool.awaitTermination

    /** Whether this run's timed waits time out at once (the timed-wait test). */
    boolean adversaryTime() { return adversaryTime; }
    private volatile boolean holdThroughInterrupts; // the straggler ignores interrupts, see holdThroughInterrupts()
    private final Set<Thread> taskThreads = ConcurrentHashMap.newKeySet();
    private final Set<Thread> interruptedOn = ConcurrentHashMap.newKeySet(); // threads on which a task stopped, interrupted
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final List<Made> made = new CopyOnWriteArrayList<>();

    BoundedWork(int size, PrintStream out) {
        this(size, out, 0);
    }

    /** The straggler is task {@code stragglerIndex}: the first, one in the middle or the last one. */
    BoundedWork(int size, PrintStream out, int stragglerIndex) {
        this.stragglerIndex = stragglerIndex;
        this.size = size;
        this.out = out;
        this.runs = new AtomicIntegerArray(size);
    }

    /** The pools made from now on time out their first timed wait while tasks are unfinished. */
    BoundedWork withAdversaryTime() {
        adversaryTime = true;
        return this;
    }

    /**
     * Task 0 (the straggler) notes an interrupt and goes on waiting for its gate, as the seed's tasks ignore interrupts:
     * for the test that interrupts the learner's thread, where close() answers the interrupt with shutdownNow().
     */
    BoundedWork holdThroughInterrupts() {
        holdThroughInterrupts = true;
        return this;
    }

    /**
     * Nothing but the straggler can still be going on: no other task runs, none waits in a queue, and every worker but
     * the straggler's is idle (waiting for work), not between taking a task from the queue and starting it.
     */
    boolean onlyTheStragglerLeft() {
        if (othersRunning.get() > 0 || made.stream().anyMatch(m -> !m.queue().isEmpty())) return false;
        return otherWorkersIdle();
    }

    /**
     * Nothing but the straggler can go on before it ends: as {@link #onlyTheStragglerLeft()}, but tasks may wait in the
     * queue of a pool whose only live worker runs the straggler (a pool of one): they cannot start before it ends.
     */
    boolean nothingCanEndBeforeTheStraggler() {
        if (othersRunning.get() > 0) return false;
        boolean anotherWorker = workers.stream().anyMatch(w -> w != stragglerThread && w.getState() != Thread.State.TERMINATED);
        if (anotherWorker && made.stream().anyMatch(m -> !m.queue().isEmpty())) return false;
        return otherWorkersIdle();
    }

    private boolean otherWorkersIdle() {
        for (var w : workers) {
            if (w == stragglerThread) continue;
            var state = w.getState();
            if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING && state != Thread.State.TERMINATED) return false;
        }
        return true;
    }

    /**
     * Whether {@code lock} (what a thread waits on) is a future this pool made for a task other than the straggler: a
     * wait for that task alone, which the straggler need not end. (A future the learner made itself is not known.)
     */
    boolean anotherTasksFuture(LockInfo lock) {
        if (lock == null || !lock.getClassName().equals(WatchedFuture.class.getName())) return false;
        var straggler = stragglerFuture;
        return straggler == null || lock.getIdentityHashCode() != System.identityHashCode(straggler);
    }

    int size() { return size; }
    int unfinished() { return size - finished.get(); }
    /** Tasks that were interrupted while they ran, and so returned before they could finish. */
    int interrupted() { return interrupted.get(); }
    List<Made> made() { return List.copyOf(made); }
    List<Thread> workers() { return List.copyOf(workers); }
    List<Thread> taskThreads() { return List.copyOf(taskThreads); }
    /** The threads on which a task was interrupted and so stopped unfinished. */
    Set<Thread> interruptedOn() { return Set.copyOf(interruptedOn); }

    List<Runnable> tasks() {
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < size; i++) tasks.add(new Task(i));
        return tasks;
    }

    List<Integer> neverRan() {
        var list = new ArrayList<Integer>();
        for (int i = 0; i < size; i++) if (runs.get(i) == 0) list.add(i);
        return list;
    }

    List<Integer> ranTwice() {
        var list = new ArrayList<Integer>();
        for (int i = 0; i < size; i++) if (runs.get(i) > 1) list.add(i);
        return list;
    }

    /** The maker handed to the learner: a real ThreadPoolExecutor, remembered with what was asked for. */
    PoolMaker maker() {
        return (core, max, queue, handler) -> {
            if (queue == null || handler == null) throw new NullPointerException("the work queue and the rejection handler must not be null");
            long capacity = queue.remainingCapacity() == Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) queue.remainingCapacity() + queue.size();
            var watched = new WatchedHandler(handler);
            var pool = new WatchedPool(core, max, queue, watched);
            made.add(new Made(core, max, queue, capacity, handler, pool, watched));
            return pool;
        };
    }

    /** Like the JSR-166 TCK's PoolCleaner: whatever the learner did, no task or worker outlives the test. */
    @Override
    public void close() throws InterruptedException {
        closing = true; // from here on, shutdownNow() is the test's own clean-up, not the learner's
        gate.open();
        stragglerGate.open();
        for (var m : made) {
            m.pool().shutdownNow();
            if (!m.pool().awaitTermination(10, TimeUnit.SECONDS)) {
                throw new AssertionError("a pool's worker did not stop within 10 s of shutdownNow()");
            }
        }
    }

    /**
     * The futures of submit() and invokeAll(): a real FutureTask that tells the straggler's task which future runs it,
     * and whose timed get(), in the timed-wait test, times out at once while its task is unfinished, as any timed wait
     * may (the first {@value TimedWaits#AT_LEAST} and until ten minutes are asked for: see {@link TimedWaits}).
     */
    final class WatchedFuture<T> extends java.util.concurrent.FutureTask<T> {
        private final TimedWaits gets = new TimedWaits(adversaryTime ? exercises.support.WatchedPool.Time.ADVERSARY
                : exercises.support.WatchedPool.Time.PATIENT);

        WatchedFuture(java.util.concurrent.Callable<T> callable) {
            super(callable);
        }

        @Override
        public void run() {
            RUNNING.set(this);
            try {
                super.run();
            } finally {
                RUNNING.remove();
            }
        }

        @Override
        public T get() throws InterruptedException, java.util.concurrent.ExecutionException {
            futureWaitedOn = true;
            return super.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, java.util.concurrent.ExecutionException,
                java.util.concurrent.TimeoutException {
            futureWaitedOn = true;
            if (gets.timeOutNow(!isDone(), timeout, unit)) {
                getTimedOut = true;
                throw new java.util.concurrent.TimeoutException("the test made this timed get() time out: the task was not done yet");
            }
            return super.get(timeout, unit);
        }
    }

    private volatile boolean getTimedOut;
    private volatile boolean futureWaitedOn;

    /** Whether the learner's code called get() on a future of the pool's (submit, invokeAll). */
    boolean futureWaitedOn() { return futureWaitedOn; }

    /** The straggler's number (task 0 unless the test holds another). */
    int stragglerIndex() { return stragglerIndex; }

    /** Whether the test made a timed get() of a future of the pool's time out. */
    boolean getTimedOut() { return getTimedOut; }

    private final class Task implements Runnable {
        private final int index;

        Task(int index) {
            this.index = index;
        }

        @Override
        public void run() {
            if (index == stragglerIndex) {
                stragglerThread = Thread.currentThread();
                stragglerFuture = RUNNING.get();
            } else {
                othersRunning.incrementAndGet();
            }
            try {
                runGated();
            } finally {
                if (index != stragglerIndex) othersRunning.decrementAndGet();
            }
        }

        private void runGated() {
            runs.incrementAndGet(index);
            taskThreads.add(Thread.currentThread());
            out.println("task" + index + " 0");
            out.println("task" + index + " 1");
            boolean wasInterrupted = false;
            while (true) {
                try {
                    (index == stragglerIndex ? stragglerGate : gate).await();
                    break;
                } catch (InterruptedException e) {
                    wasInterrupted = true;
                    if (index == stragglerIndex && holdThroughInterrupts) continue;
                    interrupted.incrementAndGet();
                    interruptedOn.add(Thread.currentThread());
                    Thread.currentThread().interrupt();
                    return; // stopped before it could finish: does not count as finished
                }
            }
            finished.incrementAndGet();
            if (wasInterrupted) Thread.currentThread().interrupt();
        }

        @Override
        public String toString() {
            return "task" + index;
        }
    }
}
