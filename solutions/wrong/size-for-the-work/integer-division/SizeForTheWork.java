package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: W / C in long arithmetic drops the fraction, so 15 ms / 10 ms counts as 1.
// Expect: integer division
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1 || wait.isNegative() || !compute.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) (cores * (1 + wait.toNanos() / compute.toNanos()));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (!(tasksPerSecond > 0) || !latency.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) Math.ceil(tasksPerSecond * latency.toNanos() / 1e9);
    }
}
