package exercises.notasklost;

import exercises.support.LearnerRun;
import exercises.support.RecordingOut;
import exercises.support.SpinMeter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.List;

/**
 * Runs the learner's code on its own thread and opens the gates of {@link BoundedWork} from what that thread is
 * doing, never from the clock (as {@link LearnerRun} does for the chapter 02 exercises):
 * <ul>
 *   <li>parked for a moment inside {@code ThreadPoolExecutor.execute} (its locks): not a decision, keep holding;</li>
 *   <li>waiting at the tasks' gate, i.e. running a rejected task itself: open the tasks' gate;</li>
 *   <li>waiting anywhere else (close(), awaitTermination, a semaphore, a full queue's put...): open both gates;</li>
 *   <li>sleeping: keep holding, and interrupt the sleep; a guess is not a wait.</li>
 * </ul>
 */
final class BoundedRun {

    private volatile Throwable thrown;
    private volatile boolean slept;
    private volatile boolean neverBlocked;
    private volatile List<Boolean> terminatedAtReturn = List.of();
    private Thread learner;

    private BoundedRun() {}

    Throwable thrown() { return thrown; }
    boolean slept() { return slept; }
    boolean neverBlocked() { return neverBlocked; }
    Thread learnerThread() { return learner; }

    /** For each pool made, in order: had it terminated when the learner's method returned? */
    List<Boolean> terminatedAtReturn() { return terminatedAtReturn; }

    static BoundedRun run(BoundedWork work, LearnerRun.LearnerCode code) throws InterruptedException {
        var run = new BoundedRun();
        run.learner = new Thread(() -> {
            try {
                code.run();
            } catch (Throwable t) {
                run.thrown = t;
            } finally {
                run.terminatedAtReturn = work.made().stream().map(m -> m.pool().isTerminated()).toList();
            }
        }, "learner-main");
        run.learner.setDaemon(true); // if all else fails, a stuck learner thread must not keep the test JVM alive
        run.learner.start();
        run.watch(work);
        return run;
    }

    private void watch(BoundedWork work) throws InterruptedException {
        var threads = ManagementFactory.getThreadMXBean();
        var spin = new SpinMeter(learner);
        boolean interrupted = false;
        while (learner.isAlive()) {
            if (!work.stragglerGate.isOpen()) {
                var state = learner.getState();
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                    spin.blocked();
                    ThreadInfo info = threads.getThreadInfo(learner.threadId(), 128);
                    if (info == null || printing(info) || insideExecuteOnly(info)) {
                        // a lock inside execute() or the output: held for microseconds, decides nothing
                    } else if (sleeping(info)) {
                        slept = true;
                        if (!interrupted) {
                            interrupted = true;
                            learner.interrupt(); // no need to sit through the nap: the verdict is already clear
                        }
                    } else {
                        work.gate.open();
                        if (!work.gate.isWaitedOnIn(info.getLockInfo())) work.stragglerGate.open();
                    }
                } else if (state == Thread.State.BLOCKED) {
                    spin.blocked();
                } else if (state == Thread.State.RUNNABLE && spin.spunLongerThan(LearnerRun.SPIN_LIMIT)) {
                    neverBlocked = true;
                    work.gate.open();
                    work.stragglerGate.open();
                }
            }
            learner.join(Duration.ofMillis(1)); // re-check the learner's state; no decision rests on this delay
        }
        work.gate.open();
        work.stragglerGate.open();
    }

    private static boolean inFrame(ThreadInfo info, String className, String method) {
        for (var f : info.getStackTrace()) {
            if (f.getClassName().equals(className) && (method == null || f.getMethodName().equals(method))) return true;
        }
        return false;
    }

    /** In execute() but not in the rejection policy: a pool lock, not a wait that needs the tasks. */
    private static boolean insideExecuteOnly(ThreadInfo info) {
        return inFrame(info, "java.util.concurrent.ThreadPoolExecutor", "execute")
                && !inFrame(info, BoundedWork.WatchedHandler.class.getName(), "rejectedExecution");
    }

    private static boolean sleeping(ThreadInfo info) {
        return inFrame(info, "java.lang.Thread", "sleep") || inFrame(info, "java.lang.Thread", "sleepNanos")
                || inFrame(info, "java.util.concurrent.TimeUnit", "sleep");
    }

    private static boolean printing(ThreadInfo info) {
        return inFrame(info, "java.io.PrintStream", null) || inFrame(info, RecordingOut.class.getName(), null);
    }
}
