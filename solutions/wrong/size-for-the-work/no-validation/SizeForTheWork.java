package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: the arithmetic is right, but bad input comes back as a pool size.
// Expect: cpuBoundPoolSize(0) returned 0 instead of throwing IllegalArgumentException
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        return (int) Math.ceil(cores * (1 + (double) wait.toNanos() / compute.toNanos()));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        return (int) Math.ceil(tasksPerSecond * latency.toNanos() / 1e9);
    }
}
