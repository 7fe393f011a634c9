package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: a little taken off before Math.ceil, "to dodge rounding errors": it also takes off real fractions.
// Expect: rounded up to 2
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("a pool needs at least one core to size from, got " + cores);
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        if (wait == null || wait.isNegative()) throw new IllegalArgumentException("wait must be zero or more, got " + wait);
        if (compute == null || !compute.isPositive()) throw new IllegalArgumentException("compute must be more than zero, got " + compute);
        double waitOverCompute = (double) wait.toNanos() / compute.toNanos();
        return (int) Math.ceil(cores * (1 + waitOverCompute) - 1e-6);
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (Double.isNaN(tasksPerSecond) || tasksPerSecond <= 0) throw new IllegalArgumentException("tasksPerSecond must be more than zero, got " + tasksPerSecond);
        if (latency == null || !latency.isPositive()) throw new IllegalArgumentException("latency must be more than zero, got " + latency);
        // Multiply first, divide last: 100 * (70 ms / 1e9) would be 7.000000000000001, and Math.ceil would make it 8.
        return (int) Math.ceil(tasksPerSecond * latency.toNanos() / 1e9 - 1e-3);
    }
}
