package exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Runs the learner's code on its own thread while one piece of work is held at a {@link Gate} (a task in
 * another process at a {@link ProcessGate}, a page at a test's web server), and opens the gate only once the
 * learner's thread is really blocked waiting for it.
 * Like {@link LearnerRun}, it decides from what the thread is doing (its state, stack and lock), never from
 * the clock; the {@link Judge} says whether a given wait is a wait for the held work.
 */
public final class HeldRun {

    public enum Verdict { RELEASE, HOLD }

    /** Looks at the blocked learner thread and says whether its wait can only end once the held work ends. */
    @FunctionalInterface
    public interface Judge {
        Verdict judge(ThreadInfo info);
    }

    private volatile Throwable thrown;
    private volatile boolean slept;
    private volatile boolean neverBlocked;
    private volatile int startedWhenReleased = -1;
    private Thread learner;

    private HeldRun() {}

    public static HeldRun run(Gate gate, Judge judge, IntSupplier started, LearnerRun.LearnerCode code)
            throws InterruptedException {
        var run = new HeldRun();
        run.learner = new Thread(() -> {
            try {
                code.run();
            } catch (Throwable t) {
                run.thrown = t;
            }
        }, "learner-main");
        run.learner.setDaemon(true);
        run.learner.start();
        run.watch(gate, judge, started);
        return run;
    }

    public Throwable thrown() { return thrown; }
    public boolean slept() { return slept; }
    public boolean neverBlocked() { return neverBlocked; }
    public Thread learnerThread() { return learner; }

    /** How many tasks had started when the held one was released (-1: it was never released while the learner ran). */
    public int startedWhenReleased() { return startedWhenReleased; }

    private void watch(Gate gate, Judge judge, IntSupplier started) throws InterruptedException {
        var threads = ManagementFactory.getThreadMXBean();
        var spin = new SpinMeter(learner);
        boolean interrupted = false;
        while (learner.isAlive()) {
            if (!gate.isOpen()) {
                var state = learner.getState();
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                    spin.blocked();
                    ThreadInfo info = threads.getThreadInfo(learner.threadId(), 64);
                    if (info != null && sleeping(info)) {
                        slept = true;
                        if (!interrupted) {
                            interrupted = true;
                            learner.interrupt(); // sleeping is not waiting: no need to sit through the nap
                        }
                    } else if (info != null && !printing(info) && judge.judge(info) == Verdict.RELEASE) {
                        startedWhenReleased = started.getAsInt();
                        gate.open();
                    }
                } else if (state == Thread.State.BLOCKED) {
                    spin.blocked();
                } else if (state == Thread.State.RUNNABLE && spin.spunLongerThan(LearnerRun.SPIN_LIMIT)) {
                    neverBlocked = true;
                    gate.open();
                }
            }
            learner.join(Duration.ofMillis(1)); // re-check the learner's state; no decision rests on this delay
        }
        gate.open();
    }

    static boolean inFrame(ThreadInfo info, String className, String method) {
        for (var f : info.getStackTrace()) {
            if (f.getClassName().equals(className) && f.getMethodName().equals(method)) return true;
        }
        return false;
    }

    private static boolean sleeping(ThreadInfo info) {
        return inFrame(info, "java.lang.Thread", "sleep") || inFrame(info, "java.lang.Thread", "sleepNanos")
                || inFrame(info, "java.util.concurrent.TimeUnit", "sleep");
    }

    private static boolean printing(ThreadInfo info) {
        for (var f : info.getStackTrace()) {
            if (f.getClassName().equals("java.io.PrintStream") || f.getClassName().startsWith(RecordingOut.class.getName())) return true;
        }
        return false;
    }
}
