package exercises.sizeforthework;

import java.time.Duration;

// Wrong on purpose: exact integer arithmetic on nanoseconds, but with plain * and a plain (int) cast. For huge sizes
// (tasks that wait days for each nanosecond of work) the long product and then the cast wrap around, and the method
// returns a small or negative "size" without a word.
// Expect: the arithmetic overflowed and wrapped around without a word
public final class SizeForTheWork {
    public static int cpuBoundPoolSize(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return cores;
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        if (wait == null || wait.isNegative()) throw new IllegalArgumentException("wait must be zero or more, got " + wait);
        if (compute == null || !compute.isPositive()) throw new IllegalArgumentException("compute must be more than zero, got " + compute);
        long w = wait.toNanos(), c = compute.toNanos();
        return (int) Math.ceilDiv(cores * (c + w), c);
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (Double.isNaN(tasksPerSecond) || tasksPerSecond <= 0) throw new IllegalArgumentException("tasksPerSecond must be more than zero, got " + tasksPerSecond);
        if (latency == null || !latency.isPositive()) throw new IllegalArgumentException("latency must be more than zero, got " + latency);
        return (int) (long) Math.ceil(tasksPerSecond * latency.toNanos() / 1e9);
    }
}
