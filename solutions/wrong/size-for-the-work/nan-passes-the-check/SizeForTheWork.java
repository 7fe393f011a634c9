package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: tasksPerSecond <= 0 looks like a check, but NaN <= 0 is false, so NaN gets through and
// becomes a pool of 0 threads.
// Expect: threadsForThroughput(NaN tasks/s, 100 ms) returned 0 instead of throwing IllegalArgumentException
// Expect: every comparison with NaN is false
// Expect: section "Work that waits: Little's law"
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        if (wait == null || wait.isNegative()) throw new IllegalArgumentException("wait must be zero or more, got " + wait);
        if (compute == null || !compute.isPositive()) throw new IllegalArgumentException("compute must be more than zero, got " + compute);
        return (int) Math.ceil(cores * (1 + (double) wait.toNanos() / compute.toNanos()));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (tasksPerSecond <= 0) throw new IllegalArgumentException("tasksPerSecond must be more than zero, got " + tasksPerSecond);
        if (latency == null || !latency.isPositive()) throw new IllegalArgumentException("latency must be more than zero, got " + latency);
        return (int) Math.ceil(tasksPerSecond * latency.toNanos() / 1e9);
    }
}
