package workbook.ch09;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/** Looks at another thread: is it waiting, on what, and how many times has it waited so far. */
public final class Watch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Watch() {}

    // tag::await-waiting[]
    /**
     * Returns what {@code thread} waits on once it is seen WAITING or TIMED_WAITING in a wait that
     * has not already been ended, or empty once it has ended. A thread just released can still
     * show WAITING for a moment, so a wait is confirmed first: a wait on the monitor of a thread in
     * {@code ended} (a join of a thread that has ended) is not one; a parked thread is woken once
     * (a spurious wake-up, which every such wait must expect) and must park again, its waited count
     * going up. Gives up when the caller is interrupted (by @Timeout).
     */
    public static Optional<ThreadInfo> awaitWaitingOrEnded(Thread thread, Set<Thread> ended)
            throws InterruptedException {
        while (true) {
            switch (thread.getState()) {
                case TERMINATED -> { return Optional.empty(); }
                case WAITING, TIMED_WAITING -> {
                    var info = THREADS.getThreadInfo(thread.threadId(), 8);
                    if (info != null && waiting(info) && !onTheMonitorOfOneOf(info, ended)) {
                        return parked(info) ? parksAgain(thread, info) : Optional.of(info);
                    }
                }
                default -> { }
            }
            if (Thread.interrupted()) throw new InterruptedException(thread + " never waited");
            thread.join(1); // look again; the verdict rests on the state seen, never on this delay
        }
    }

    private static Optional<ThreadInfo> parksAgain(Thread thread, ThreadInfo info)
            throws InterruptedException {
        LockSupport.unpark(thread); // a released thread goes on; a waiting one parks again
        return awaitWaitingAgainOrEnded(thread, info.getWaitedCount());
    }
    // end::await-waiting[]

    // tag::waited-again[]
    /**
     * After the test acted on {@code thread} (interrupted it, say), returns once it has ended
     * (empty) or waits again: WAITING with a waited count above {@code waitedBefore}. A WAITING
     * seen with the old count may be the old wait, not yet left, so it decides nothing.
     */
    public static Optional<ThreadInfo> awaitWaitingAgainOrEnded(Thread thread, long waitedBefore)
            throws InterruptedException {
        while (true) {
            var info = THREADS.getThreadInfo(thread.threadId());
            if (info == null || thread.getState() == Thread.State.TERMINATED) return Optional.empty();
            if (waiting(info) && info.getWaitedCount() > waitedBefore) return Optional.of(info);
            if (Thread.interrupted()) throw new InterruptedException(thread + " did not react");
            thread.join(1);
        }
    }
    // end::waited-again[]

    /** How many times {@code thread} has been WAITING or TIMED_WAITING so far (ThreadMXBean's waited count). */
    public static long waitedCount(Thread thread) {
        var info = THREADS.getThreadInfo(thread.threadId());
        return info == null ? -1 : info.getWaitedCount();
    }

    private static boolean waiting(ThreadInfo info) {
        return info.getThreadState() == Thread.State.WAITING || info.getThreadState() == Thread.State.TIMED_WAITING;
    }

    /** Parked by LockSupport (the waits of java.util.concurrent), not in Object.wait or a sleep. */
    private static boolean parked(ThreadInfo info) {
        var top = info.getStackTrace();
        return top.length > 0 && top[0].getMethodName().equals("park")
                && top[0].getClassName().endsWith(".Unsafe");
    }

    /**
     * Whether the lock {@code info} waits on is the monitor of one of {@code threads} (a join of one of them). ThreadInfo
     * names a lock only by its identity hash, and two objects may share one (here the held task's thread and an ended
     * task's thread did, in one run in a few): a lock that is also the hash of a thread still alive counts as a wait
     * for that thread, a real one.
     */
    private static boolean onTheMonitorOfOneOf(ThreadInfo info, Set<Thread> threads) {
        var lock = info.getLockInfo();
        if (lock == null) return false;
        boolean ofAnEnded = false;
        for (var t : threads) {
            if (lock.getIdentityHashCode() == System.identityHashCode(t)) ofAnEnded = true;
        }
        if (!ofAnEnded) return false;
        for (var live : Thread.getAllStackTraces().keySet()) {
            if (!threads.contains(live) && lock.getIdentityHashCode() == System.identityHashCode(live)) return false;
        }
        return true;
    }
}
