package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: asks this machine instead of using the cores it was given.
// Expect: availableProcessors()
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return Runtime.getRuntime().availableProcessors();
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1 || wait.isNegative() || !compute.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) Math.ceil(cores * (1 + (double) wait.toNanos() / compute.toNanos()));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (!(tasksPerSecond > 0) || !latency.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) Math.ceil(tasksPerSecond * latency.toNanos() / 1e9);
    }
}
