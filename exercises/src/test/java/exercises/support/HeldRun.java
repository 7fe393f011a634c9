package exercises.support;

import java.lang.management.ThreadInfo;
import java.util.function.IntSupplier;
import workbook.testkit.Gate;
import workbook.testkit.ProcessGate;

/**
 * Runs the learner's code on its own thread while one piece of work is held at a {@link Gate} (a task in
 * another process at a {@link ProcessGate}, a page at a test's web server), and opens the gate only once the
 * learner's thread is really blocked waiting for it.
 * Like {@link LearnerRun}, it decides from what the thread is doing (its state, stack and lock), never from
 * the clock (the loop is {@link LearnerThread}'s); the {@link Judge} says whether a given wait is a wait for the held work.
 */
public final class HeldRun {

    public enum Verdict { RELEASE, HOLD }

    /** Looks at the blocked learner thread and says whether its wait can only end once the held work ends. */
    @FunctionalInterface
    public interface Judge {
        Verdict judge(ThreadInfo info);
    }

    private final LearnerThread learner;
    private volatile int startedWhenReleased = -1;
    private volatile boolean interruptSent;
    private final java.util.concurrent.atomic.AtomicBoolean flagSetAtReturn;

    private HeldRun(LearnerThread learner, java.util.concurrent.atomic.AtomicBoolean flagSetAtReturn) {
        this.learner = learner;
        this.flagSetAtReturn = flagSetAtReturn;
    }

    public static HeldRun run(Gate gate, Judge judge, IntSupplier started, LearnerRun.LearnerCode code)
            throws InterruptedException {
        return run(gate, judge, started, () -> {}, code);
    }

    /**
     * Like {@link #run(Gate, Judge, IntSupplier, LearnerRun.LearnerCode)}; {@code atReturn} runs on the learner's
     * thread the moment its code returns or throws, while the held work is still held: the place to record what
     * was true when the learner's method returned (which processes were alive, which pools had terminated).
     */
    public static HeldRun run(Gate gate, Judge judge, IntSupplier started, Runnable atReturn, LearnerRun.LearnerCode code)
            throws InterruptedException {
        return run(gate, judge, started, atReturn, code, false);
    }

    /**
     * Like {@link #run(Gate, Judge, IntSupplier, Runnable, LearnerRun.LearnerCode)}, but the first time the learner's
     * thread really waits for the held work it is interrupted instead, and the work stays held until the thread has
     * reacted: it waits again (its waited count has grown) or ends.
     */
    public static HeldRun interrupting(Gate gate, Judge judge, IntSupplier started, Runnable atReturn, LearnerRun.LearnerCode code)
            throws InterruptedException {
        return run(gate, judge, started, atReturn, code, true);
    }

    private static HeldRun run(Gate gate, Judge judge, IntSupplier started, Runnable atReturn, LearnerRun.LearnerCode code,
                               boolean interrupt) throws InterruptedException {
        // Made before the learner's thread starts: its code may return (a stub throws at once) before start() does.
        var flag = new java.util.concurrent.atomic.AtomicBoolean();
        var run = new HeldRun(LearnerThread.start(code, () -> {
            atReturn.run();
            flag.set(Thread.currentThread().isInterrupted());
        }), flag);
        run.learner.watchUntilEnded(new LearnerThread.Watcher() {
            private long waitsAtInterrupt = -1;

            @Override
            public boolean holding() {
                return !gate.isOpen();
            }

            @Override
            public void waiting(ThreadInfo info) {
                if (judge.judge(info) != Verdict.RELEASE) return;
                if (OwnWaits.learnersDelayPending()) return; // a delay of the learner's made to be up at once goes first
                if (interrupt && waitsAtInterrupt < 0) {
                    waitsAtInterrupt = info.getWaitedCount();
                    run.interruptSent = true;
                    run.learner.thread().interrupt();
                } else if (waitsAtInterrupt < 0 || info.getWaitedCount() > waitsAtInterrupt) {
                    run.startedWhenReleased = started.getAsInt();
                    gate.open();
                }
            }

            @Override
            public void spun() {
                gate.open();
            }

            @Override
            public void ended() {
                gate.open();
            }
        });
        return run;
    }

    public Throwable thrown() { return learner.thrown(); }
    public boolean slept() { return learner.slept(); }
    public boolean neverBlocked() { return learner.spun(); }
    /** With {@link #neverBlocked()}: the CPU time after which it was judged spinning, for a message ("1 s"). */
    public String spinTime() { return learner.spinTime(); }
    public Thread learnerThread() { return learner.thread(); }
    /** In an {@link #interrupting} run: whether the learner's thread was interrupted while it waited for the held work. */
    public boolean interruptSent() { return interruptSent; }
    /** Whether the learner's thread had its interrupt status set when its code returned or threw. */
    public boolean flagSetAtReturn() { return flagSetAtReturn.get(); }

    /** How many tasks had started when the held one was released (-1: it was never released while the learner ran). */
    public int startedWhenReleased() { return startedWhenReleased; }
}
