package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: toMillis() turns a computation of 0.25 ms into 0 ms, which then looks like bad input.
// Expect: A compute time under a millisecond is 0 in Duration.toMillis()
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        long w = wait.toMillis(), c = compute.toMillis();
        if (w < 0) throw new IllegalArgumentException("wait must be zero or more, got " + wait);
        if (c <= 0) throw new IllegalArgumentException("compute must be more than zero, got " + compute.toMillis() + " ms");
        return (int) Math.ceil(cores * (1 + (double) w / c));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (!(tasksPerSecond > 0) || !latency.isPositive()) throw new IllegalArgumentException("bad input");
        return (int) Math.ceil(tasksPerSecond * latency.toMillis() / 1000.0);
    }
}
