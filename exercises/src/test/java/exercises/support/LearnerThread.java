package exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The learner's code on a thread of its own, and the one loop that watches that thread while the test holds
 * some work back. {@link LearnerRun}, {@link HeldRun} and the no-task-lost exercise's run differ only in what they
 * hold and when they let it go; that part is their {@link Watcher}. What is the same for all is here:
 * <ul>
 *   <li>parked or waiting: if in a sleep, note it and interrupt it once (sleeping is not waiting); if queued for
 *       the output, decide nothing; if queued for a lock that another thread owns, tell the watcher it is blocked;
 *       otherwise ask the watcher;</li>
 *   <li>blocked on a lock: not spinning;</li>
 *   <li>running: after {@link #SPIN_LIMIT} of CPU time without blocking, it is spinning (see {@link SpinMeter}); once
 *       the learner's code has spun that long in one test, the later tests of the same test class (the same check)
 *       decide after {@link #SPIN_CONFIRM}.</li>
 * </ul>
 * No decision rests on the clock: the loop looks again every millisecond, but only the thread's state and stack decide.
 */
public final class LearnerThread {

    /** The name of the thread that runs the learner's method, in every exercise's tests (OwnWaits tells it by that). */
    public static final String NAME = "learner-main";

    /** A correct program blocks within microseconds; this much CPU time used without blocking is a spin. */
    public static final Duration SPIN_LIMIT = Duration.ofSeconds(1);
    /**
     * The spin limit in the later tests of a test class once the learner's code spun {@link #SPIN_LIMIT} in one of
     * them: the code has shown that it spins, and a second of CPU in each of 5 tests made such a check take 8.6 s
     * (join-every-thread's spin-on-isalive). Still far more CPU than a correct thread uses between two blocks.
     */
    public static final Duration SPIN_CONFIRM = Duration.ofMillis(100);
    /** The test classes (the classes that hold the learner's code's lambdas) whose learner code spun {@link #SPIN_LIMIT}. */
    private static final java.util.Set<String> SPUN_IN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int STACK_DEPTH = 128;

    /** What a run holds back, and when it lets it go. */
    public interface Watcher {
        /** Whether work is still held; once not, the loop only waits for the learner's thread to end. */
        boolean holding();

        /** Called on every look while holding, before the thread's state is read. */
        default void look() {}

        /** The learner's thread is parked or waiting, and neither sleeping nor queued for the output. */
        void waiting(ThreadInfo info);

        /** The learner's thread sleeps (or parks for a time of its own choosing): a nap, not a wait. */
        default void napping() {}

        /** The learner's thread is blocked on a monitor ({@code info} has the monitor and its owner). */
        default void blocked(ThreadInfo info) {}

        /** The learner's thread is running (called on every look before the spin check). */
        default void running() {}

        /** The learner's thread used {@link #SPIN_LIMIT} of CPU time without blocking while work was held. */
        void spun();

        /** The learner's thread has ended: let everything go. */
        void ended();
    }

    private final Thread thread;
    private final String testClass;
    private volatile Throwable thrown;
    private boolean slept;
    private boolean spun;
    private Duration spunAfter = SPIN_LIMIT;

    private LearnerThread(LearnerRun.LearnerCode code, Runnable atReturn) {
        var name = code.getClass().getName(); // a lambda of the test class: exercises.x.XTest$$Lambda/0x...
        testClass = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        thread = new Thread(() -> {
            try {
                code.run();
            } catch (Throwable t) {
                thrown = t;
            } finally {
                atReturn.run(); // before the watcher lets anything go
            }
        }, NAME);
        thread.setDaemon(true); // if all else fails, a stuck learner thread must not keep the test JVM alive
    }

    /** Starts {@code code}; {@code atReturn} runs on the learner's thread as soon as the code returns or throws. */
    public static LearnerThread start(LearnerRun.LearnerCode code, Runnable atReturn) {
        var learner = new LearnerThread(code, atReturn);
        learner.thread.start();
        return learner;
    }

    /** Watches until the learner's thread has ended; the watcher's {@link Watcher#ended()} has run when this returns. */
    public void watchUntilEnded(Watcher watcher) throws InterruptedException {
        var spin = new SpinMeter(thread);
        var limit = SPUN_IN.contains(testClass) ? SPIN_CONFIRM : SPIN_LIMIT;
        while (thread.isAlive()) {
            if (watcher.holding()) look(watcher, spin, limit);
            thread.join(Duration.ofMillis(1)); // re-check the learner's state; no decision rests on this delay
        }
        watcher.ended();
    }

    private void look(Watcher watcher, SpinMeter spin, Duration limit) {
        watcher.look();
        switch (thread.getState()) {
            case WAITING, TIMED_WAITING -> {
                spin.blocked();
                var info = THREADS.getThreadInfo(thread.threadId(), STACK_DEPTH);
                if (info == null) return; // it ended in the meantime
                if (sleeping(info)) {
                    watcher.napping();
                    if (!slept) thread.interrupt(); // no need to sit through the nap: the verdict is already clear
                    slept = true;
                } else if (printing(info)) {
                    // queued for the output behind the tasks: decide nothing
                } else if (info.getLockOwnerId() != -1) {
                    // Queued for a lock another thread holds (a pool's lock, taken again on the way out of a wait that
                    // an interrupt ended): a lock, not a wait for the work, as with BLOCKED on a monitor.
                    watcher.blocked(info);
                } else {
                    watcher.waiting(info);
                }
            }
            case BLOCKED -> { // queued for a lock (e.g. the output): blocked, not spinning
                spin.blocked();
                var info = THREADS.getThreadInfo(thread.threadId(), 0);
                if (info != null) watcher.blocked(info);
            }
            case RUNNABLE -> {
                watcher.running();
                if (watcher.holding() && spin.spunLongerThan(limit)) {
                    spun = true;
                    spunAfter = limit;
                    SPUN_IN.add(testClass);
                    watcher.spun();
                }
            }
            default -> {}
        }
    }

    public Thread thread() { return thread; }

    /** What the learner's code threw, or null. */
    public Throwable thrown() { return thrown; }

    /** Whether it slept while work was held. Read after {@link #watchUntilEnded}. */
    public boolean slept() { return slept; }

    /** Whether it ran {@link #SPIN_LIMIT} of CPU time without blocking while work was held. Read after {@link #watchUntilEnded}. */
    public boolean spun() { return spun; }

    /**
     * How much CPU time it used without blocking before it was judged spinning, for a message: "1 s", or "0.1 s (and
     * 1 s in an earlier test)" once an earlier test of the class found the code spinning. Read after a spin.
     */
    public String spinTime() {
        return spunAfter.equals(SPIN_LIMIT) ? seconds(SPIN_LIMIT)
                : seconds(spunAfter) + " (and " + seconds(SPIN_LIMIT) + " in an earlier test)";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /**
     * Whether {@code thread} is parked on a CountDownLatch (its synchroniser, which {@link
     * java.util.concurrent.locks.LockSupport#getBlocker} hands over) that has not been counted down to zero. Read through
     * the public contract of {@link java.util.concurrent.locks.AbstractQueuedSynchronizer#toString()}: "The state, in
     * brackets, includes the String "State =" followed by the current value of getState()", which for a latch is its
     * count. (The latch object itself is out of reach: it belongs to the executor the learner made.)
     */
    public static boolean parkedOnALatchNotCountedDown(Thread thread) {
        Object blocker = java.util.concurrent.locks.LockSupport.getBlocker(thread);
        if (!(blocker instanceof java.util.concurrent.locks.AbstractQueuedSynchronizer sync)
                || !sync.getClass().getName().equals("java.util.concurrent.CountDownLatch$Sync")) return false;
        return !sync.toString().contains("[State = 0,");
    }

    /** Whether a frame of {@code className} (and {@code method}, unless null) is on the thread's stack. */
    public static boolean inFrame(ThreadInfo info, String className, String method) {
        return inFrame(info.getStackTrace(), className, method);
    }

    /** The same, for a live thread's stack as it is now. */
    public static boolean inFrame(Thread thread, String className, String method) {
        return inFrame(thread.getStackTrace(), className, method);
    }

    /** Whether a frame of {@code className} (and {@code method}, unless null) is in {@code stack}. */
    public static boolean inFrame(StackTraceElement[] stack, String className, String method) {
        return anyFrame(stack, f -> f.getClassName().equals(className) && (method == null || f.getMethodName().equals(method)));
    }

    /** Whether some frame of {@code stack} is one {@code frame} accepts: every scan of a stack in the tests is one of these. */
    public static boolean anyFrame(StackTraceElement[] stack, java.util.function.Predicate<StackTraceElement> frame) {
        for (var f : stack) if (frame.test(f)) return true;
        return false;
    }

    private static boolean sleeping(ThreadInfo info) {
        return napping(info.getStackTrace());
    }

    /**
     * Whether a thread with these frames (innermost first) naps: {@code Thread.sleep}, {@code TimeUnit.sleep}, or a
     * {@code LockSupport.parkNanos} or {@code parkUntil} that its own code called (not one that a JDK wait built on it
     * calls).
     */
    public static boolean napping(StackTraceElement[] frames) {
        for (int i = 0; i < frames.length; i++) {
            var f = frames[i];
            if (f.getClassName().equals("java.lang.Thread") && f.getMethodName().startsWith("sleep")) return true;
            if (f.getClassName().equals("java.util.concurrent.TimeUnit") && f.getMethodName().equals("sleep")) return true;
            // LockSupport.parkNanos or parkUntil called by the learner's own code (not by a JDK wait built on it) is a nap
            // too; an untimed park() is not: it lasts until a task unparks the thread (a wait the learner built).
            if (f.getClassName().equals("java.util.concurrent.locks.LockSupport")
                    && (f.getMethodName().equals("parkNanos") || f.getMethodName().equals("parkUntil"))) {
                return i + 1 < frames.length && !inJdk(frames[i + 1].getClassName());
            }
        }
        return false;
    }

    private static boolean inJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
    }

    /** Queued for the output lock behind the tasks: held for microseconds, not a wait for them. */
    private static boolean printing(ThreadInfo info) {
        for (var f : info.getStackTrace()) {
            var c = f.getClassName();
            if (c.equals("java.io.PrintStream") || c.startsWith(RecordingOut.class.getName())) return true;
        }
        return false;
    }
}
