package exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * How much CPU time a thread has used since it last blocked. A loop that spins until the work is done burns
 * CPU; a thread that only waits for a free core (a busy machine) or sits in native I/O (shown as RUNNABLE)
 * burns none. So a spin is judged by work done, not by how long the wall clock ran, and a loaded machine
 * cannot make a correct program look like a spinning one. Falls back to the wall clock only on a JVM
 * without per-thread CPU time.
 */
public final class SpinMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final Thread thread;
    private long since;

    public SpinMeter(Thread thread) {
        this.thread = thread;
        blocked();
    }

    /** The thread was seen blocked or waiting: start counting again. */
    public void blocked() {
        since = now();
    }

    /** Whether the thread has used more than {@code limit} of CPU (or, without CPU time, of wall time) since it last blocked. */
    public boolean spunLongerThan(Duration limit) {
        long now = now();
        return now >= 0 && since >= 0 && now - since > limit.toNanos();
    }

    private long now() {
        return CPU_TIME ? THREADS.getThreadCpuTime(thread.threadId()) : System.nanoTime(); // -1 once the thread has ended
    }
}
