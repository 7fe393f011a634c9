package exercises.notasklost;

import exercises.support.HeldThroughTimedWaits;
import exercises.support.LearnerRun;
import exercises.support.LearnerThread;
import java.lang.management.ThreadInfo;
import java.util.List;

/**
 * Runs the learner's code on its own thread and opens the gates of {@link BoundedWork} from what that thread is
 * doing, never from the clock (the loop is {@link LearnerThread}'s, as for the other exercises):
 * <ul>
 *   <li>parked for a moment inside {@code ThreadPoolExecutor.execute} (its locks): not a decision, keep holding;</li>
 *   <li>waiting at the tasks' gate, i.e. running a rejected task itself: open the tasks' gate;</li>
 *   <li>waiting anywhere else (close(), awaitTermination, a semaphore, a full queue's put...): open both gates;</li>
 *   <li>sleeping: keep holding, and interrupt the sleep; a guess is not a wait;</li>
 *   <li>in a timed wait inside the rejection policy (a queue's {@code offer(task, timeout)}): keep holding until that
 *       wait has run out, for 0.35 s, or 4.15 s from the first such wait in the test whose timed waits time out
 *       ({@link HeldThroughTimedWaits}): a policy that drops the task when its time is up is caught.</li>
 * </ul>
 * A run may also interrupt the learner's thread once ({@link Interrupt}): while it waits for the pool with only task 0
 * left, or at its first wait while the pool is still open (a full queue's {@code put} in its policy, a semaphore...).
 */
final class BoundedRun {

    /** Whether, and where, the run interrupts the learner's thread (once). */
    enum Interrupt {
        NEVER,
        /** While it waits for the pool and only task 0 is unfinished (none queued, no other running). */
        WHILE_ONLY_TASK_0_IS_LEFT,
        /** At its first wait while no pool it made is shut down, other than running a task itself: still submitting. */
        WHILE_SUBMITTING
    }

    private final LearnerThread learner;
    private volatile boolean interruptSent;
    private volatile boolean flagSetAtReturn;
    private volatile boolean waitedForAPermit; // seen waiting in a Semaphore: a semaphore in front of the pool
    private volatile List<Boolean> terminatedAtReturn = List.of();
    private final HeldThroughTimedWaits policyWaits;
    private volatile boolean policyTimedWaitHeld;
    private volatile boolean spunInPolicy;
    private volatile String interruptedWhile = ""; // where the learner's thread waited when it was interrupted

    private BoundedRun(BoundedWork work, LearnerRun.LearnerCode code) {
        policyWaits = work.adversaryTime() ? HeldThroughTimedWaits.many() : HeldThroughTimedWaits.one();
        learner = LearnerThread.start(code, () -> {
            // Terminated, or shut down with every task ended (its idle threads are only leaving, as after shutdown() once
            // every future has been got, which the other pool exercises accept too): whether the threads had gone yet
            // is up to the scheduler, so it is not judged.
            boolean allEnded = work.unfinished() == 0;
            terminatedAtReturn = work.made().stream()
                    .map(m -> m.pool().isTerminated() || m.pool().isShutdown() && allEnded).toList();
            flagSetAtReturn = Thread.currentThread().isInterrupted();
        });
    }

    /** In an {@link #interrupting} run: whether the learner's thread was interrupted while it waited. */
    boolean interruptSent() { return interruptSent; }
    /** Where it waited when it was interrupted, e.g. "in your rejection policy (LinkedBlockingQueue.put)". */
    String interruptedWhile() { return interruptedWhile; }
    /** Whether the learner's thread had its interrupt status set when its code returned or threw. */
    boolean flagSetAtReturn() { return flagSetAtReturn; }

    Throwable thrown() { return learner.thrown(); }
    /** Whether the learner's thread was seen waiting in a Semaphore (a bounded submitter in front of the pool). */
    boolean waitedForAPermit() { return waitedForAPermit; }
    /** Whether the tasks were kept running through a timed wait inside the rejection policy. */
    boolean policyTimedWaitHeld() { return policyTimedWaitHeld; }
    boolean slept() { return learner.slept(); }
    boolean neverBlocked() { return learner.spun(); }
    /** Whether, when it was seen spinning, the learner's thread was inside its rejection policy. */
    boolean spunInPolicy() { return spunInPolicy; }
    String spinTime() { return learner.spinTime(); }
    Thread learnerThread() { return learner.thread(); }

    /** For each pool made, in order: had it terminated (or been shut down with every task ended) when the method returned? */
    List<Boolean> terminatedAtReturn() { return terminatedAtReturn; }

    static BoundedRun run(BoundedWork work, LearnerRun.LearnerCode code) throws InterruptedException {
        return run(work, code, Interrupt.NEVER);
    }

    /**
     * Like {@link #run}, but once the learner's thread waits for the pool and only task 0 is unfinished (none queued, no
     * other running), it is interrupted instead of task 0 being let go; task 0 goes only once the thread has reacted (it
     * waits again, or ends). The work should {@linkplain BoundedWork#holdThroughInterrupts() hold through interrupts}.
     */
    static BoundedRun interrupting(BoundedWork work, LearnerRun.LearnerCode code) throws InterruptedException {
        return run(work, code, Interrupt.WHILE_ONLY_TASK_0_IS_LEFT);
    }

    /**
     * Like {@link #run}, but the learner's thread is interrupted at its first wait while the pool is still open and it is
     * not running a task itself: typically a policy waiting for room in the full queue. From then on the run goes on as
     * {@link #run} does.
     */
    static BoundedRun interruptingWhileSubmitting(BoundedWork work, LearnerRun.LearnerCode code) throws InterruptedException {
        return run(work, code, Interrupt.WHILE_SUBMITTING);
    }

    private static BoundedRun run(BoundedWork work, LearnerRun.LearnerCode code, Interrupt mode) throws InterruptedException {
        boolean interrupt = mode == Interrupt.WHILE_ONLY_TASK_0_IS_LEFT;
        var run = new BoundedRun(work, code);
        run.learner.watchUntilEnded(new LearnerThread.Watcher() {
            private long waitsAtInterrupt = -1;

            @Override
            public boolean holding() {
                return !work.stragglerGate.isOpen();
            }

            @Override
            public void waiting(ThreadInfo info) {
                if (LearnerThread.inFrame(info, "java.util.concurrent.Semaphore", null)) run.waitedForAPermit = true;
                if (insideExecuteOnly(info)) return; // a lock inside execute(): held for microseconds, decides nothing
                if (mode == Interrupt.WHILE_SUBMITTING && !run.interruptSent && !work.gate.isWaitedOnIn(info.getLockInfo())
                        && work.made().stream().noneMatch(m -> m.pool().isShutdown())) {
                    run.interruptedWhile = where(info);
                    run.interruptSent = true;
                    run.learner.thread().interrupt();
                    return; // the gates stay shut until it waits again (or ends)
                }
                if (info.getThreadState() == Thread.State.TIMED_WAITING
                        && LearnerThread.inFrame(info, BoundedWork.WatchedHandler.class.getName(), "rejectedExecution")
                        && !run.policyWaits.letsGo(info)) {
                    run.policyTimedWaitHeld = true;
                    return; // a timed wait in the policy: the queue stays full until it has run out
                }
                work.gate.open();
                if (work.gate.isWaitedOnIn(info.getLockInfo())) return; // running a task itself
                if (interrupt && waitsAtInterrupt < 0) {
                    // Only once nothing but task 0 is left: close() answers an interrupt with shutdownNow(), which would
                    // throw queued tasks away, and the learner's code would be blamed for it. And only while the thread
                    // waits for the pool, still in the wait seen (checked after looking at the pool): not in its policy.
                    if (inPolicy(info) || queuedForALock(info) || !work.onlyTheStragglerLeft()
                            || !stillInTheSameWait(run.learner.thread(), info)) {
                        return;
                    }
                    waitsAtInterrupt = info.getWaitedCount();
                    run.interruptSent = true;
                    run.learner.thread().interrupt();
                } else if (mode == Interrupt.WHILE_SUBMITTING) {
                    // Task 0 stays held until nothing else is left and the thread waits for the pool, not in its policy, so
                    // that a close() that finds the interrupt flag set (and answers it with shutdownNow()) finds task 0
                    // unfinished on every run. The look at the pool comes after this wait was seen, so the thread must still
                    // be in that same wait afterwards: a policy's put() seen just before it returned is not a wait for the pool,
                    // nor is a pool's own lock (shutdown() inside close() may queue for it for a moment).
                    if (!inPolicy(info) && !queuedForALock(info) && work.onlyTheStragglerLeft()
                            && stillInTheSameWait(run.learner.thread(), info)) {
                        work.stragglerGate.open();
                    }
                } else if (waitsAtInterrupt < 0 || info.getWaitedCount() > waitsAtInterrupt) {
                    // Not while it waits for another task's future (invokeAll of the others, get() of all but the last):
                    // that wait ends without the straggler. Otherwise once every other task has ended, so that code that
                    // waits for only some of them meets the unfinished straggler on every run.
                    if (interrupt || !work.anotherTasksFuture(info.getLockInfo()) && work.nothingCanEndBeforeTheStraggler()) {
                        work.stragglerGate.open();
                    }
                }
            }

            @Override
            public void spun() {
                run.spunInPolicy = LearnerThread.inFrame(run.learner.thread(), BoundedWork.WatchedHandler.class.getName(), "rejectedExecution");
                openBoth();
            }

            @Override
            public void ended() {
                openBoth();
            }

            private void openBoth() {
                work.gate.open();
                work.stragglerGate.open();
            }
        });
        return run;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static boolean inPolicy(ThreadInfo info) {
        return LearnerThread.inFrame(info, BoundedWork.WatchedHandler.class.getName(), "rejectedExecution");
    }

    /** Queued for a ReentrantLock (a pool's own, a queue's): held for microseconds by another thread, not a wait for tasks. */
    private static boolean queuedForALock(ThreadInfo info) {
        var lock = info.getLockInfo();
        return lock != null && lock.getClassName().startsWith("java.util.concurrent.locks.ReentrantLock$");
    }

    /** Whether {@code thread} is, right now, still in the wait {@code seen} showed: blocked, and not waiting again since. */
    private static boolean stillInTheSameWait(Thread thread, ThreadInfo seen) {
        var now = THREADS.getThreadInfo(thread.threadId(), 64);
        if (now == null) return false;
        var state = now.getThreadState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && now.getWaitedCount() == seen.getWaitedCount() && !inPolicy(now);
    }

    /** Where the learner's thread waits, for a message: in its policy or not, and the JDK method it waits in. */
    private static String where(ThreadInfo info) {
        var stack = info.getStackTrace();
        String in = "";
        for (var frame : stack) {
            var name = frame.getClassName();
            if (name.startsWith("java.") && !name.startsWith("java.util.concurrent.locks.")
                    && !name.startsWith("java.util.concurrent.ForkJoinPool") && !name.startsWith("java.lang.")) {
                in = name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName();
                break;
            }
        }
        boolean policy = LearnerThread.inFrame(info, BoundedWork.WatchedHandler.class.getName(), "rejectedExecution");
        return (policy ? "in your rejection policy, with the queue full" : "before the pool was shut down")
                + (in.isEmpty() ? "" : " (in " + in + ")");
    }

    /** In execute() but not in the rejection policy: a pool lock, not a wait that needs the tasks. */
    private static boolean insideExecuteOnly(ThreadInfo info) {
        return LearnerThread.inFrame(info, "java.util.concurrent.ThreadPoolExecutor", "execute")
                && !LearnerThread.inFrame(info, BoundedWork.WatchedHandler.class.getName(), "rejectedExecution");
    }
}
