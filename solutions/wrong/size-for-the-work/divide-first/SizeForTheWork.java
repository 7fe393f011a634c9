package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: the latency is turned into seconds before multiplying. 70 ms is 0.07 s, which a double holds only
// approximately; 100 * 0.07 is then 7.000000000000001, and Math.ceil makes that 8 threads instead of 7.
// Expect: threadsForThroughput(100.0 tasks/s, latency 70 ms) returned 8, expected 7
// Expect: Multiply first and divide last
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
        if (!(tasksPerSecond > 0)) throw new IllegalArgumentException("tasksPerSecond must be more than zero, got " + tasksPerSecond);
        if (latency == null || !latency.isPositive()) throw new IllegalArgumentException("latency must be more than zero, got " + latency);
        double seconds = latency.toNanos() / 1e9;
        return (int) Math.ceil(tasksPerSecond * seconds);
    }
}
