package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: a cast to int rounds 3.75 threads down to 3 (and 0.75 down to none).
// Expect: rounded down
// Expect: Rounded down to no threads at all
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1 || wait.isNegative() || !compute.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) (cores * (1 + (double) wait.toNanos() / compute.toNanos()));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (!(tasksPerSecond > 0) || !latency.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) (tasksPerSecond * latency.toNanos() / 1e9);
    }
}
