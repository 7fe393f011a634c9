package exercises.sizeforthework;

import java.time.Duration;
import java.util.Objects;

/** Reference solution: exact integer arithmetic on nanoseconds, so no rounding error can add a thread. */
public final class SizeForTheWork {

    private SizeForTheWork() {}

    public static int cpuBoundPoolSize(int cores) {
        return requireCores(cores);
    }

    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        requireCores(cores);
        long w = nanos(wait, "wait");
        long c = nanos(compute, "compute");
        if (w < 0) throw new IllegalArgumentException("wait must be zero or more, got " + wait);
        if (c <= 0) throw new IllegalArgumentException("compute must be more than zero (W/C divides by it), got " + compute);
        // N * (1 + W/C) = N * (C + W) / C, rounded up
        return Math.toIntExact(Math.ceilDiv(Math.multiplyExact((long) cores, c + w), c));
    }

    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        if (!(tasksPerSecond > 0) || Double.isInfinite(tasksPerSecond)) {
            throw new IllegalArgumentException("tasksPerSecond must be a number more than zero, got " + tasksPerSecond);
        }
        long l = nanos(latency, "latency");
        if (l <= 0) throw new IllegalArgumentException("latency must be more than zero, got " + latency);
        // Multiply first, divide last: tasksPerSecond * (l / 1e9) turns 70 ms into 0.07 s, which a double holds only
        // approximately, and 100 * 0.07 is then 7.000000000000001, which Math.ceil makes 8.
        return Math.toIntExact((long) Math.ceil(tasksPerSecond * l / 1e9));
    }

    private static int requireCores(int cores) {
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        return cores;
    }

    private static long nanos(Duration d, String name) {
        return Objects.requireNonNull(d, name + " must not be null").toNanos();
    }
}
