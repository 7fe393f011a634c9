package exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.List;
import workbook.testkit.LiveThreads;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the learner's code on its own thread while the test holds one task (the straggler) unfinished,
 * and lets that task finish only once the learner's thread is really waiting for it.
 *
 * <p>The decision is made from what the learner's thread is doing, never from the clock: its state and
 * stack (as the JSR-166 TCK's {@code waitForThreadToEnterWaitState} does) and what it is blocked on.
 * <ul>
 *   <li>blocked in {@code awaitTermination}, {@code close()}, {@code invokeAll}, or {@code join()}
 *       of the straggler's thread, or {@code get()} of the straggler's future: release, the wait is real
 *       (for a virtual thread, {@code join()} waits on a latch of that thread's, which a probe identifies);</li>
 *   <li>{@code get()} of another future, {@code join()} of another thread: keep holding; those waits end without
 *       the straggler (a pool's timed waits follow its {@link WatchedPool.Time}, so they never race the clock);</li>
 *   <li>any other wait (a latch, {@code CompletableFuture.join()}, a completion service's {@code take()}):
 *       release once no other task is running, as then only the straggler can end it;</li>
 *   <li>sleeping: keep holding and interrupt the sleep; sleeping is not waiting;</li>
 *   <li>polling {@code isTerminated()} thousands of times, or running without ever blocking: busy-waiting;</li>
 *   <li>{@code awaitTermination} of an executor that was never shut down (a watched pool says so; for the JDK's
 *       thread-per-task executor, see {@link #awaitsPerTaskExecutorThatWasNotShutDown}): interrupt it, as it
 *       could only wait out its timeout.</li>
 * </ul>
 * So a final line printed while the straggler is held was printed before every task finished, every time.
 *
 * <p>{@link #interrupting} runs add one adversary: the first time the learner's thread really waits for the straggler,
 * it is interrupted instead, and the straggler stays held until the thread has reacted (it waits again, or ends).
 * Code that swallows the interrupt and prints is caught; code that keeps waiting ({@code close()}) or stops and
 * says so (throws, or restores the flag and returns) is not.
 * The watching loop itself, shared with the other exercises' runs, is {@link LearnerThread}.
 */
public final class LearnerRun {

    /** Things seen while the learner's code ran. */
    public enum Seen {
        SLEPT_WHILE_TASKS_RAN,
        BUSY_WAITED,
        TASK_RAN_ON_LEARNER_THREAD,
        NEVER_BLOCKED,
        AWAITED_WITHOUT_SHUTDOWN,
        /** Joined the straggler's thread while later tasks had not run and no thread existed that could run them. */
        RAN_ONE_AFTER_ANOTHER,
        /** Called join(millis) (a join with a timeout) on the held straggler's platform thread. */
        TIMED_JOIN,
        /**
         * In an {@link #outwaitingTimedWaits} run: waited with a timeout on an object of the learner's own while the
         * straggler was held (so if the code went on before the straggler ended, that timed wait had run out).
         */
        OWN_TIMED_WAIT,
        /**
         * In an {@link #outwaitingTimedWaits} run: a timer of the learner's ({@code orTimeout}, {@code completeOnTimeout})
         * was pending while it waited for the straggler, and went off while the straggler was held.
         */
        OWN_TIMER_WENT_OFF
    }

    @FunctionalInterface
    public interface LearnerCode {
        void run() throws Exception;
    }

    /** One of the ways to run the learner's code: {@link #run}, {@link #interrupting}, {@link #outwaitingTimedWaits}. */
    @FunctionalInterface
    public interface Runner {
        LearnerRun run(Workload workload, WatchedPool.Factory pools, LearnerCode code) throws InterruptedException;
    }

    /** Polls of isTerminated() (while a task is held) that count as busy-waiting. */
    static final int BUSY_POLLS = 10_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Workload workload;
    private final WatchedPool.Factory pools; // null where the exercise has no pool
    private final Set<Seen> seen = EnumSet.noneOf(Seen.class);
    private volatile int unfinishedWhenDone = -1;
    private LearnerThread learner;
    private JoinProbe joinProbe;  // joins the straggler's virtual thread, see stragglerJoinLatch()
    private int stragglerLatch; // identity of the latch that join() of the straggler's virtual thread waits on
    private boolean inPerTaskAwait; // last seen waiting in a thread-per-task executor's awaitTermination
    private volatile boolean awaitedPool; // AWAITED_WITHOUT_SHUTDOWN: true for a watched pool, false for a per-task executor
    private Set<Thread> aliveBefore = Set.of(); // threads alive before the learner's code started
    private Set<Long> virtualBefore; // virtual threads alive then (null where they cannot be read)
    private Set<Long> liveBefore; // with a held crowd: the ids of the virtual threads alive then (null: cannot tell)
    private HeldThroughTimedWaits timedJoins = HeldThroughTimedWaits.one(); // timed joins of the straggler's thread
    private volatile int notRunWhenJoined; // RAN_ONE_AFTER_ANOTHER: tasks not run yet when a task's thread was joined
    private boolean interruptWhileWaiting; // an interrupting run: interrupt the first real wait for the straggler
    private volatile boolean interruptSent;
    private volatile long interruptSentAt = Long.MAX_VALUE;
    private long waitsAtInterrupt; // the learner's waited count when it was interrupted
    private volatile boolean flagSetAtReturn; // the learner's interrupt status when its code returned or threw
    private boolean outwaitTimedWaits; // see outwaitingTimedWaits
    /** Timed waits on objects of the learner's own: held through only in an outwaiting run, the one that sets this. */
    private HeldThroughTimedWaits ownTimedWaits;
    /** In an outwaiting run: the learner's CompletableFuture timers, which the straggler is held through (JDK 25+). */
    private HeldThroughTimers timers;
    private boolean virtualStartsChecked; // noVirtualThreadLeftForTheOtherTasks() has been asked, at the first join
    private volatile String ownWait; // the JDK method of the last wait the learner built itself, e.g. "Semaphore.acquire"

    private LearnerRun(Workload workload, WatchedPool.Factory pools) {
        this.workload = workload;
        this.pools = pools;
    }

    /** Runs {@code code} and returns what happened; the straggler is always released before this returns. */
    public static LearnerRun run(Workload workload, WatchedPool.Factory pools, LearnerCode code)
            throws InterruptedException {
        return run(new LearnerRun(workload, pools), code);
    }

    /**
     * Like {@link #run}, but a timed wait that the test cannot shorten (a timed join of the held task's thread, or a
     * timed wait on an object the learner made: its own executor's awaitTermination, a latch's await(timeout), a
     * tryAcquire(timeout)) keeps the straggler held for 4.15 s from the first such wait, however many there are
     * ({@link HeldThroughTimedWaits#many()}); so does a CompletableFuture timer of the learner's (orTimeout,
     * completeOnTimeout) pending while it waits for the straggler, until it has gone off ({@link HeldThroughTimers}).
     * Code that goes on when its time is up, or after more tries, is caught if it goes on within that time; a loop that
     * waits again passes, at the cost of those seconds.
     * ({@code close()} of an executor waits in a loop of timed waits of a day: those are not counted.)
     */
    public static LearnerRun outwaitingTimedWaits(Workload workload, WatchedPool.Factory pools, LearnerCode code)
            throws InterruptedException {
        var run = new LearnerRun(workload, pools);
        run.outwaitTimedWaits = true;
        run.timedJoins = HeldThroughTimedWaits.many();
        run.ownTimedWaits = HeldThroughTimedWaits.many();
        run.timers = HeldThroughTimers.start(); // counts the timers that were set before the learner's code starts
        return run(run, code);
    }

    /**
     * Like {@link #run}, but the learner's thread is interrupted the first time it really waits for the straggler.
     * The workload should {@linkplain Workload#holdThroughInterrupts() hold through interrupts}.
     */
    public static LearnerRun interrupting(Workload workload, WatchedPool.Factory pools, LearnerCode code)
            throws InterruptedException {
        var run = new LearnerRun(workload, pools);
        run.interruptWhileWaiting = true;
        return run(run, code);
    }

    private static LearnerRun run(LearnerRun run, LearnerCode code) throws InterruptedException {
        var workload = run.workload;
        run.aliveBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        run.virtualBefore = LiveThreads.virtualThreadIds(); // see noLearnersThreadAtWork
        // virtual threads too (left by earlier runs in this JVM): see noVirtualThreadLeftForTheOtherTasks
        if (workload.crowdHeld()) run.liveBefore = LiveThreads.virtualThreadIds();
        // how many tasks were unfinished is read on the learner's thread, before the watcher releases anything held
        // the learner's own timed waits time out where the handed-in objects' do (see OwnWaits)
        OwnWaits.startRun(run.outwaitTimedWaits || run.pools != null && run.pools.time() == WatchedPool.Time.ADVERSARY);
        run.learner = LearnerThread.start(code, () -> {
            run.unfinishedWhenDone = workload.unfinished();
            if (run.pools != null) run.pools.created().forEach(WatchedPool::noteTheLearnerReturned);
            run.flagSetAtReturn = Thread.currentThread().isInterrupted();
        });
        try {
            run.learner.watchUntilEnded(run.new StragglerWatcher());
        } finally {
            workload.releaseStraggler(); // also when the test's @Timeout gave up on it: leave no task held for ever
            OwnWaits.endRun();
        }
        if (run.timers != null && run.timers.wentOff(run.unfinishedWhenDone > 0)) {
            run.seen.add(Seen.OWN_TIMER_WENT_OFF);
        }
        if (run.learner.slept()) run.seen.add(Seen.SLEPT_WHILE_TASKS_RAN);
        if (run.learner.spun()) run.seen.add(Seen.NEVER_BLOCKED);
        return run;
    }

    public Set<Seen> seen() {
        return Set.copyOf(seen);
    }

    public boolean saw(Seen s) {
        return seen.contains(s);
    }

    /** What the learner's code threw, or null. */
    public Throwable thrown() {
        return learner.thrown();
    }

    /** With {@link Seen#AWAITED_WITHOUT_SHUTDOWN}: whether the executor awaited was a (watched) pool. */
    public boolean awaitedPool() {
        return awaitedPool;
    }

    /** How many tasks were unfinished at the moment the learner's code returned or threw. */
    public int unfinishedWhenDone() {
        return unfinishedWhenDone;
    }

    /** Whether it slept while tasks ran and, between sleeps, asked the pool (isTerminated(), isDone()) if they were done. */
    public boolean polledBetweenSleeps() {
        return saw(Seen.SLEPT_WHILE_TASKS_RAN) && pools != null && pools.created().stream().anyMatch(p -> p.polls() > 0);
    }

    /** The JDK method in which the learner's thread last waited in a wait of its own making (a latch...), or null. */
    public String ownWait() {
        return ownWait;
    }

    /** Each wait of the learner's own making, in the order first seen, with when (System.nanoTime) it was seen. */
    private record OwnWait(String api, long seenAt) {}

    private final java.util.List<OwnWait> ownWaits = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void noteOwnWait(String api) {
        if (!api.equals(ownWait)) ownWaits.add(new OwnWait(api, System.nanoTime()));
        ownWait = api;
    }

    /**
     * The last wait of its own making the learner's thread was seen in before {@code at} (a line's time), or null. A wait
     * is seen while the thread is in it, so one that ended before a print was seen before it; one begun after, after it.
     */
    public String ownWaitBefore(long at) {
        String last = null;
        for (var w : ownWaits) if (w.seenAt() < at) last = w.api();
        return last;
    }

    /** Whether the learner's thread was seen waiting in an executor's close() after {@code at} (a line's time). */
    public boolean closedAfter(long at) {
        return ownWaits.stream().anyMatch(w -> w.seenAt() > at && w.api().endsWith(".close"));
    }

    /**
     * The java.util.concurrent method the learner's code called to wait, e.g. "CountDownLatch.await": the deepest frame of
     * that package (its locks and internals aside) before the first frame outside the JDK; or "Object.wait", "Thread.join".
     */
    private static String calledApi(ThreadInfo info) {
        String api = null;
        for (var f : info.getStackTrace()) {
            var c = f.getClassName();
            if (c.equals("java.lang.Object") && f.getMethodName().startsWith("wait")) {
                api = "Object.wait"; // a monitor's wait(); Thread.join on a platform thread is built on it and named below
            } else if (c.equals("java.lang.Thread") && f.getMethodName().equals("join")) {
                api = "Thread.join"; // a virtual thread's join waits on a latch inside it: name what the learner called
            } else if (c.startsWith("java.util.concurrent.") && !c.startsWith("java.util.concurrent.locks.")) {
                api = c.substring("java.util.concurrent.".length()) + "." + f.getMethodName();
            } else if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return api;
            }
        }
        return api;
    }

    /** Whether any task has started running (on any thread), so far. */
    public boolean anyTaskStarted() {
        return !workload.taskThreads().isEmpty();
    }

    /** Whether the exercise hands the learner pools (chapter 02 on), rather than having them make threads by hand. */
    public boolean hasPools() {
        return pools != null;
    }

    /** With {@link Seen#RAN_ONE_AFTER_ANOTHER}: how many tasks had not run when the straggler's thread was joined. */
    public int notRunWhenJoined() {
        return notRunWhenJoined;
    }

    public Thread learnerThread() {
        return learner.thread();
    }

    /** With {@link Seen#NEVER_BLOCKED}: the CPU time after which it was judged spinning, for a message ("1 s"). */
    public String spinTime() {
        return learner.spinTime();
    }

    /** Whether {@code at} (a printed line's time) came before the interrupt was sent, or no interrupt was sent. */
    public boolean beforeTheInterrupt(long at) {
        return at < interruptSentAt;
    }

    /** In an {@link #interrupting} run: whether the learner's thread was interrupted while it waited for the tasks. */
    public boolean interruptSent() {
        return interruptSent;
    }

    /** Whether the learner's thread had its interrupt status set when its code returned or threw. */
    public boolean flagSetAtReturn() {
        return flagSetAtReturn;
    }

    /** Holds the straggler until the learner's thread really waits for it. */
    private final class StragglerWatcher implements LearnerThread.Watcher {
        @Override
        public boolean holding() {
            // Once the straggler is released, keep looking while the learner waits in a thread-per-task executor's
            // awaitTermination: only after every task has ended can the test tell whether it was shut down.
            return !workload.stragglerReleased() || inPerTaskAwait;
        }

        @Override
        public void look() {
            if (workload.stragglerThread() == learner.thread()) {
                seen.add(Seen.TASK_RAN_ON_LEARNER_THREAD);
                workload.releaseStraggler();
            }
        }

        @Override
        public void waiting(ThreadInfo info) {
            if (LearnerThread.inFrame(info, Workload.TASK_CLASS, null)) {
                workload.releaseTheCrowd(); // it runs a task itself, held with the crowd: not a wait of the learner's
                return;
            }
            if (workload.crowdHeld() && workload.taskThreads().isEmpty()) {
                judge(info); // no task has run yet, so none is held: keep the crowd, and decide at a later look
                return;
            }
            if (!virtualStartsChecked && workload.crowdHeld() && joining(info) && workload.taskThreads().stream().anyMatch(Thread::isVirtual)) {
                virtualStartsChecked = true; // before judge(), which may start a join probe
                if (noVirtualThreadLeftForTheOtherTasks()) seen.add(Seen.RAN_ONE_AFTER_ANOTHER);
            }
            judge(info);
            releaseTheCrowdUnlessQueued(info); // the first wait has been seen (and named): now the other tasks may end
        }

        @Override
        public void napping() {
            workload.releaseTheCrowd();
        }

        @Override
        public void blocked(ThreadInfo info) {
            // Parked for a lock (a ReentrantLock) that a waiting helper of the learner's holds: the learner's own wait.
            if (info.getThreadState() != Thread.State.BLOCKED && heldByAWaitingHelper(info.getLockOwnerId())) {
                waiting(info);
                return;
            }
            releaseTheCrowdUnlessQueued(info);
        }

        /**
         * Queued for a lock that a thread other than a task's holds (a pool's own lock inside execute()): held for
         * microseconds, not the learner's wait, so the crowd stays held and the wait that follows is the one named.
         * A lock held by a task's thread (held at the crowd gate inside code the learner wrapped around the task)
         * would never be let go: then the crowd goes. So does it for a lock held by a helper thread of the learner's that
         * itself waits (it joins the tasks while holding the lock): that is the learner's wait.
         */
        private void releaseTheCrowdUnlessQueued(ThreadInfo info) {
            long owner = info.getLockOwnerId();
            if (owner != -1 && workload.taskThreads().stream().noneMatch(t -> t.threadId() == owner)
                    && !heldByAWaitingHelper(owner)) {
                return;
            }
            workload.releaseTheCrowd();
        }

        private void judge(ThreadInfo info) {
            inPerTaskAwait = LearnerThread.inFrame(info, PER_TASK_EXECUTOR, "awaitTermination");
            boolean pool = awaitsPoolThatWasNotShutDown();
            if (pool || awaitsPerTaskExecutorThatWasNotShutDown(info)) {
                inPerTaskAwait = false;
                awaitedPool = pool;
                if (seen.add(Seen.AWAITED_WITHOUT_SHUTDOWN)) {
                    learner.thread().interrupt(); // it would wait out its whole timeout: the executor never terminates
                }
            } else if (waitsForStraggler(info)) {
                if (interruptWhileWaiting && !interruptSent) {
                    // With a pool, only once every other task has ended: close() answers an interrupt with shutdownNow(),
                    // which would throw away queued tasks, and the learner's code would be blamed for it. Threads made by
                    // hand have no queue (and one started only after this join would wait for ever).
                    if (pools != null && !onlyTheStragglerLeft()) return;
                    interruptSentAt = System.nanoTime(); // the clock of RecordingOut.Line.at: orders it against the prints
                    interruptSent = true;
                    waitsAtInterrupt = info.getWaitedCount();
                    learner.thread().interrupt();
                } else if (!interruptSent || info.getWaitedCount() > waitsAtInterrupt) {
                    // After an interrupt, only once the thread has left that wait and waits again: it has reacted.
                    workload.releaseStraggler();
                }
            }
        }

        @Override
        public void running() {
            if (inPerTaskAwait) inPerTaskAwait = stillIn(PER_TASK_EXECUTOR, "awaitTermination");
            if (terminationPolls() > BUSY_POLLS) {
                seen.add(Seen.BUSY_WAITED);
                workload.releaseStraggler();
            }
        }

        @Override
        public void spun() {
            workload.releaseStraggler();
        }

        @Override
        public void ended() {
            if (unfinishedWhenDone > 0) waiterLeftBehind = findWaiterLeftBehind();
            workload.releaseStraggler();
        }
    }

    /**
     * A thread the learner's code started, other than the tasks' and the pools', still in the learner's code when its
     * method returned (held work unfinished): typically one that joins the task threads and prints, left to do the
     * waiting. Such a thread just started is looked at until it is in that code or blocks (at most 2 s); only what
     * it is seen doing decides. Null if there is none.
     */
    private String findWaiterLeftBehind() {
        var tasksAndPools = new java.util.HashSet<Thread>(workload.taskThreads());
        if (pools != null) for (var p : pools.created()) tasksAndPools.addAll(p.workers());
        // A thread started just before the return may not have run yet (no frame to see): look until every candidate
        // has settled or shows the learner's code. The bound only keeps a thread that runs on in JDK code from stalling
        // the verdict; 0.2 s was missed at a load of 4 (the message then named another mistake).
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        while (true) {
            var stacks = Thread.getAllStackTraces();
            var started = startedDuringTheRun(stacks.keySet());
            var candidates = stacks.entrySet().stream()
                    .filter(e -> started.contains(e.getKey()) && !tasksAndPools.contains(e.getKey()))
                    // a daemon thread (the learner's thread is one, and its threads inherit that) counts while it has
                    // not run yet: it may be about to enter the learner's code
                    .filter(e -> !e.getKey().isDaemon() || inLearnersCode(e.getValue()) || startingUp(e.getValue()))
                    .toList();
            var found = candidates.stream().filter(e -> inLearnersCode(e.getValue())).findFirst();
            if (found.isPresent()) return found.get().getKey().getName();
            // (a stack read at the wrong moment may hold only the Thread class's frames, whatever the state read after it)
            boolean settled = candidates.stream().allMatch(e -> e.getKey().getState() != Thread.State.RUNNABLE
                    && e.getKey().getState() != Thread.State.NEW && !startingUp(e.getValue()));
            if (settled || System.nanoTime() > giveUp) return null;
            Thread.onSpinWait();
        }
    }

    /** A stack read before the thread has entered what it runs: no frame yet, or only the Thread class's own. */
    private static boolean startingUp(StackTraceElement[] stack) {
        for (var f : stack) {
            if (!f.getClassName().startsWith("java.lang.Thread")) return false;
        }
        return true;
    }

    /**
     * A frame of an exercise's own class (the learner's file), not of the tests or their helpers: told by name, as the
     * exercises that run through this class keep no helper classes of their own beside their test (a helper added to
     * one of their packages needs "Test" in its name, or this takes its threads for the learner's).
     */
    private static boolean inLearnersCode(StackTraceElement[] stack) {
        for (var f : stack) {
            var c = f.getClassName();
            if (c.startsWith("exercises.") && !c.startsWith("exercises.support.") && !c.contains("Test")) return true;
        }
        return false;
    }

    private volatile String waiterLeftBehind;

    /**
     * The name of a thread the learner's code started (not a task's, not a pool's) that was still in the learner's code
     * when its method returned with work unfinished, or null.
     */
    public String waiterLeftBehind() {
        return waiterLeftBehind;
    }

    /**
     * No task but the straggler runs, and none waits in a pool's queue. (Not "every other task has finished": tasks that
     * shutdownNow() threw away never will.)
     */
    private boolean onlyTheStragglerLeft() {
        return workload.othersRunning() == 0 && pools.created().stream().allMatch(p -> p.queued() == 0);
    }

    /**
     * Every task but the straggler that has started has ended or waits, and no thread the learner started is about to
     * start one: the straggler is let go only then, so when the learner's wait for it returns, the others are all done,
     * and code that waits for only some tasks fails the same tests on every run (the test whose held task it skips),
     * not others by chance (tasks still finishing when it printed). Tasks not started yet (a thread the learner starts
     * only after this wait) are not waited for.
     */
    private boolean othersSettled() {
        // A task blocked on a lock the straggler holds (the learner wraps each task in synchronized (out)) cannot end
        // first: it counts as settled, or the straggler would never be let go.
        int lockedOut = 0;
        for (var t : workload.taskThreads()) {
            if (t != workload.stragglerThread() && t != learner.thread() && lockedOutByTheStraggler(t)) lockedOut++;
        }
        if (workload.othersRunning() > lockedOut || !otherTaskThreadsIdle() || !poolWorkersIdle()) return false;
        if (OwnWaits.learnersDelayPending()) return false; // a delay of the learner's made to be up at once goes first
        return noLearnersThreadAtWork();
    }

    /**
     * No platform thread runs the learner's code (a thread of its own on its way to a task, a timer task on the common
     * pool) or is just starting, and no virtual thread started during the run is runnable (one not yet in its task, or
     * a helper of the learner's at work: virtual threads are not in getAllStackTraces, so they are read from the JDK's
     * thread containers), the learner's own thread, the tasks' and the pools' aside.
     */
    private boolean noLearnersThreadAtWork() {
        var tasksAndPools = new java.util.HashSet<Thread>(workload.taskThreads());
        if (pools != null) for (var p : pools.created()) tasksAndPools.addAll(p.workers());
        for (var e : Thread.getAllStackTraces().entrySet()) {
            var t = e.getKey();
            if (tasksAndPools.contains(t) || t == learner.thread()) continue;
            var state = t.getState();
            if (state != Thread.State.RUNNABLE && state != Thread.State.NEW) continue;
            if (inLearnersCode(e.getValue()) || !aliveBefore.contains(t) && startingUp(e.getValue())) return false;
        }
        var virtuals = virtualBefore == null ? null : LiveThreads.virtualThreads();
        if (virtuals != null) {
            for (var t : virtuals) {
                if (tasksAndPools.contains(t) || t == learner.thread() || virtualBefore.contains(t.threadId())) continue;
                if (t.getState() == Thread.State.RUNNABLE) return false;
            }
        }
        return true;
    }

    private int terminationPolls() {
        if (pools == null) return 0;
        return pools.created().stream().mapToInt(WatchedPool::terminationPolls).sum();
    }

    private boolean waitsForStraggler(ThreadInfo info) {
        if (timers != null) timers.seenWaiting(info.getWaitedCount()); // a wait held through a timer has ended: it went off
        var state = info.getThreadState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return false; // it moved on: look again
        WatchedPool.Wait wait = currentPoolWait();
        if (wait != null) {
            return wait.needsStraggler() && othersSettled();
        }
        var lock = info.getLockInfo();
        boolean joinsOwnThread = false; // joins a thread of the learner's that runs no task
        // join() of a platform thread waits on the Thread object: of the JDK's class, or of a subclass of the learner's.
        if (lock != null && (isThreadClass(lock.getClassName()) || joining(info) && !lock.getClassName().startsWith("java."))) {
            Thread straggler = workload.stragglerThread();
            boolean joinsStraggler = straggler != null && System.identityHashCode(straggler) == lock.getIdentityHashCode();
            if (joinsStraggler && noThreadLeftForTheOtherTasks(straggler)) seen.add(Seen.RAN_ONE_AFTER_ANOTHER);
            if (joinsStraggler && state == Thread.State.TIMED_WAITING) return timedJoinEnded(info);
            if (joinsStraggler || !joinsAWaiter(lock.getIdentityHashCode())) return joinsStraggler && othersSettled();
            joinsOwnThread = true;
            // A thread of the learner's that runs no task (a waiter that joins the others): like any wait of its own making,
            // only the straggler can end it once every other task has ended, so it is judged below.
        }
        if (!joinsOwnThread && joining(info)) {
            // join() of a virtual thread waits on a latch inside that thread, so the lock does not name the thread.
            // A probe that joins the straggler's thread too learns which latch that is (see stragglerJoinLatch).
            int latch = stragglerJoinLatch();
            boolean joinsStraggler = latch != 0 && lock != null && lock.getIdentityHashCode() == latch;
            if (joinsStraggler && state == Thread.State.TIMED_WAITING) return timedJoinEnded(info);
            return joinsStraggler && othersSettled();
        }
        // Queued for a lock (a pool's own lock inside execute() or shutdown(), a queue's lock): held for microseconds
        // by another thread, not a wait for the tasks. Deciding here would let the straggler go at random moments.
        // But a lock held by a thread of the learner's that runs no task and itself waits (a helper that joins the others
        // while it holds the lock) is a wait of the learner's own making: judged below like a latch.
        if (lock != null && lock.getClassName().startsWith("java.util.concurrent.locks.ReentrantLock$")
                && !heldByAWaitingHelper(info.getLockOwnerId())) {
            return false;
        }
        // A latch, a CompletableFuture, a completion service's take()...: a wait the learner built. Some of those end
        // as soon as any task ends, so hold until no other task is running: then only the straggler can end it.
        var api = calledApi(info);
        if (api != null) noteOwnWait(api);
        if (outwaitTimedWaits && state == Thread.State.TIMED_WAITING && !HeldThroughTimedWaits.inExecutorClose(info) && !ownTimedWaitsOutwaited(info)) {
            return false;
        }
        boolean onlyTheStragglerCanEndIt = workload.othersRunning() == 0 && otherTaskThreadsIdle() && poolWorkersIdle()
                && !OwnWaits.learnersDelayPending() // a delay of yours made to be up at once goes first (see OwnWaits)
                && noLearnersThreadAtWork(); // nor a thread of yours that is still working toward the end (a timer)
        // In an outwaiting run, a timer of the learner's (orTimeout, completeOnTimeout) that is pending goes off first,
        // as it would if the task were slow: taking its end for the task's is then judged.
        if (onlyTheStragglerCanEndIt && timers != null && timers.holds(info.getWaitedCount())) return false;
        return onlyTheStragglerCanEndIt;
    }

    /**
     * Every worker of the pools handed in, the straggler's aside, waits (for work, or for something else) or has
     * ended: a worker that has just been made, or has just taken a task from the queue, runs (RUNNABLE) before the task
     * counts as started. Without this, "no other task runs" may only mean that the others have not begun, and a wait that
     * ends as soon as any task ends (a completion service's take()) would see the held task end first, by chance.
     */
    private boolean poolWorkersIdle() {
        if (pools == null) return true;
        Thread straggler = workload.stragglerThread();
        for (var p : pools.created()) {
            for (var t : p.workers()) {
                if (t == straggler) continue;
                var state = t.getState();
                if (state == Thread.State.RUNNABLE || state == Thread.State.NEW) return false;
                if (state == Thread.State.BLOCKED && !lockedOutByTheStraggler(t)) return false;
            }
        }
        return true;
    }

    /** {@code t} waits for a lock the straggler's thread holds: it cannot go on before the straggler does. */
    private boolean lockedOutByTheStraggler(Thread t) {
        Thread straggler = workload.stragglerThread();
        if (straggler == null) return false;
        var info = ManagementFactory.getThreadMXBean().getThreadInfo(t.threadId());
        return info != null && info.getLockOwnerId() == straggler.threadId();
    }

    /**
     * Every thread that ran a task, the straggler's aside, has ended or waits (an idle pool worker). A task's own code
     * ends before the code the learner wrapped around it (a latch's countDown(), a permit's release()): while such a
     * thread still runs, the learner's wait may be about to end without the straggler, so the test keeps holding.
     */
    private boolean otherTaskThreadsIdle() {
        Thread straggler = workload.stragglerThread();
        for (var t : workload.taskThreads()) {
            if (t == straggler || t == learner.thread()) continue;
            var state = t.getState();
            if (state == Thread.State.RUNNABLE || state == Thread.State.NEW) return false;
            if (state == Thread.State.BLOCKED && !lockedOutByTheStraggler(t)) return false;
        }
        return true;
    }

    /**
     * In a timed join of the straggler's thread: join(millis) ends when its time is up, the straggler or not. Keep
     * holding, so that code that ignores the timeout goes on while the straggler runs. Code that joins again after
     * the timeout (a loop that checks isAlive()) shows up as a new wait in the thread's waited count: then release
     * (or once the time limit of {@link HeldThroughTimedWaits} is reached, so a loop with a long timeout goes on).
     */
    private boolean timedJoinEnded(ThreadInfo info) {
        seen.add(Seen.TIMED_JOIN);
        // Hold through the first (through many in an outwaiting run, so that "try a few more times, then carry on" is
        // caught there); a loop joins again.
        return timedJoins.letsGo(info);
    }

    /**
     * In a timed wait of the learner's own, in an {@link #outwaitingTimedWaits} run: whether the waits to hold through
     * have ended, or their time limit is reached (see {@link HeldThroughTimedWaits#many()}), so the straggler may go.
     */
    private boolean ownTimedWaitsOutwaited(ThreadInfo info) {
        seen.add(Seen.OWN_TIMED_WAIT);
        return ownTimedWaits.letsGo(info);
    }


    /** Of {@code live} platform threads, those started since the learner's code began, its own thread aside. */
    private java.util.Set<Thread> startedDuringTheRun(java.util.Set<Thread> live) {
        var started = new java.util.HashSet<>(live);
        started.removeAll(aliveBefore);
        started.remove(learner.thread());
        return started;
    }

    /**
     * Called while the learner's thread joins the (held) straggler's platform thread: whether some task has not run
     * yet although no thread is alive that could run it. Had every thread been started before this join, each task
     * that has not run yet would have a live thread waiting to run it. Live threads are read first, then the tasks:
     * a task not run at the second look had its thread alive at the first. Threads the test did not start and that
     * appeared meanwhile only make this answer "no", never a wrong "yes"; no clock is involved.
     */
    private boolean noThreadLeftForTheOtherTasks(Thread straggler) {
        if (straggler.isVirtual()) return false; // virtual threads are not listed by getAllStackTraces: cannot tell
        var live = startedDuringTheRun(Thread.getAllStackTraces().keySet());
        live.remove(straggler);
        if (!live.isEmpty()) return false;
        notRunWhenJoined = workload.neverRan().size(); // the straggler itself has run: it is held at its gate
        return notRunWhenJoined > 0;
    }

    /**
     * Asked once, at the learner's first join() of a task's virtual thread while the crowd is held (no task can end, and
     * the joining thread can start no other): whether some task has not run although no thread is alive that could run
     * it. The JDK's thread containers list every started virtual thread, run or not ({@link LiveThreads}). They are
     * read first, then the tasks: a thread that ran its task in between is then no longer counted on either side. New
     * virtual threads that are not the learner's task threads only make the answer "no", never a wrong "yes".
     */
    private boolean noVirtualThreadLeftForTheOtherTasks() {
        var known = new java.util.ArrayList<Thread>(workload.taskThreads());
        known.add(learner.thread());
        var live = LiveThreads.startedSince(liveBefore, known);
        if (live == null) return false; // the JDK's thread containers cannot be read: not judged
        int notRun = workload.neverRan().size();
        if (!live.isEmpty() || notRun == 0) return false;
        notRunWhenJoined = notRun;
        return true;
    }

    /** The lock's owner ({@code ownerId}) is a thread of the learner's, not a task's nor a pool worker, that waits. */
    private boolean heldByAWaitingHelper(long ownerId) {
        if (ownerId < 0 || workload.taskThreads().stream().anyMatch(t -> t.threadId() == ownerId)) return false;
        if (pools != null && pools.created().stream().anyMatch(p -> p.workers().stream().anyMatch(t -> t.threadId() == ownerId))) {
            return false;
        }
        for (var t : Thread.getAllStackTraces().keySet()) {
            if (t.threadId() != ownerId) continue;
            var state = t.getState();
            return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        }
        return false;
    }

    /**
     * Whether the thread with this identity is a waiter of the learner's: it runs no task and is itself waiting (for the
     * others, say). A thread just started for a task, not yet inside it, runs: it is no waiter.
     */
    private boolean joinsAWaiter(int identity) {
        if (workload.taskThreads().stream().anyMatch(t -> System.identityHashCode(t) == identity)) return false;
        for (var t : Thread.getAllStackTraces().keySet()) {
            if (System.identityHashCode(t) != identity) continue;
            var state = t.getState();
            return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        }
        return false;
    }

    private static boolean joining(ThreadInfo info) {
        for (var frame : info.getStackTrace()) {
            if (frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().equals("join")) return true;
        }
        return false;
    }

    /**
     * The identity of the latch a join() of the straggler's virtual thread waits on, or 0 while not known yet.
     * A daemon "join probe" thread joins the straggler's thread itself; once it is parked, its lock is that latch.
     * The straggler is held, so the probe stays parked until the test releases it, and then ends with it.
     */
    private int stragglerJoinLatch() {
        if (stragglerLatch != 0) return stragglerLatch;
        Thread straggler = workload.stragglerThread();
        if (straggler == null || !straggler.isVirtual()) return 0;
        if (joinProbe == null) joinProbe = JoinProbe.of(straggler);
        stragglerLatch = joinProbe.waitsOn();
        return stragglerLatch;
    }

    private static boolean isThreadClass(String name) {
        return name.equals("java.lang.Thread") || name.startsWith("java.lang.Thread$") || name.equals("java.lang.VirtualThread");
    }

    private boolean awaitsPoolThatWasNotShutDown() {
        if (pools == null) return false;
        for (var p : pools.created()) {
            var w = p.currentWaitOf(learner.thread().threadId());
            if (w instanceof WatchedPool.Wait.Termination && !p.isShutdownReally()) return true;
        }
        return false;
    }

    /** The JDK's executor behind newVirtualThreadPerTaskExecutor() and newThreadPerTaskExecutor(factory). */
    static final String PER_TASK_EXECUTOR = "java.util.concurrent.ThreadPerTaskExecutor";

    /**
     * Whether the learner waits in {@code awaitTermination} of a thread-per-task executor that was not shut down.
     * The test cannot wrap that executor (the learner makes it), so it reads the executor's termination latch:
     * the learner is parked on it, and {@link LockSupport#getBlocker} hands it over. The executor counts that latch
     * down once it is shut down and its last thread has run its task ({@code taskComplete}, before the thread
     * ends). So if every task's thread has ended and the latch the learner still waits on is not yet counted
     * down, the executor was not shut down, and the wait can only end by its timeout. No clock is involved.
     * (An executor that still runs threads the learner started for work of its own is not judged: its tasks'
     * threads are the workload's, and the check waits until all of them have ended.)
     */
    private boolean awaitsPerTaskExecutorThatWasNotShutDown(ThreadInfo info) {
        if (!LearnerThread.inFrame(info, PER_TASK_EXECUTOR, "awaitTermination")) return false;
        if (workload.unfinished() > 0) return false;
        for (var t : workload.taskThreads()) if (t.getState() != Thread.State.TERMINATED) return false;
        var lock = info.getLockInfo();
        Object blocker = LockSupport.getBlocker(learner.thread());
        if (lock == null || blocker == null || System.identityHashCode(blocker) != lock.getIdentityHashCode()) return false;
        return LearnerThread.parkedOnALatchNotCountedDown(learner.thread());
    }

    /** Whether the learner's thread has a frame of {@code className}.{@code method} on its stack right now. */
    private boolean stillIn(String className, String method) {
        for (var f : learner.thread().getStackTrace()) {
            if (f.getClassName().equals(className) && f.getMethodName().equals(method)) return true;
        }
        return false;
    }

    private WatchedPool.Wait currentPoolWait() {
        if (pools == null) return null;
        for (var p : pools.created()) {
            var w = p.currentWaitOf(learner.thread().threadId()); // a helper's wait in the pool is not the learner's
            if (w != null) return w;
        }
        return null;
    }

    /** Threads that ran tasks, excluding ones that are pool workers of the given pools. */
    public List<Thread> taskThreadsOutside(List<WatchedPool> poolsToCheck) {
        var workers = poolsToCheck.stream().flatMap(p -> p.workers().stream()).toList();
        return workload.taskThreads().stream().filter(t -> !workers.contains(t)).toList();
    }
}
