package exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * A daemon thread that joins a thread of the test's choosing, so that the test can tell whether another thread's
 * join() waits for that same thread: both wait on the same object (the Thread itself for a platform thread, a latch
 * inside it for a virtual one). The probe ends with the thread it joins, or when {@link #stop()} interrupts it.
 */
public final class JoinProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread probe;

    private JoinProbe(Thread target) {
        probe = Thread.ofPlatform().daemon().name("join-probe").start(() -> {
            try {
                target.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public static JoinProbe of(Thread target) {
        return new JoinProbe(target);
    }

    /** The identity of what a join() of the target waits on, or 0 while the probe is not waiting yet. */
    public int waitsOn() {
        ThreadInfo info = THREADS.getThreadInfo(probe.threadId(), 0);
        if (info == null || info.getLockInfo() == null) return 0;
        var state = info.getThreadState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING ? info.getLockInfo().getIdentityHashCode() : 0;
    }

    /** Whether {@code info} (a thread in join()) waits for the probe's target. */
    public boolean sameJoin(ThreadInfo info) {
        int target = waitsOn();
        return target != 0 && info.getLockInfo() != null && info.getLockInfo().getIdentityHashCode() == target;
    }

    public void stop() {
        probe.interrupt();
    }
}
