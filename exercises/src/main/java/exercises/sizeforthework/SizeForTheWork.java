package exercises.sizeforthework;

import java.time.Duration;

/**
 * Exercise size-for-the-work (chapter 05, sizing a pool): how many threads does the work need?
 *
 * <pre>
 *   ./learn check size-for-the-work   run its tests: only the verdict and what to fix
 *   ./learn hint size-for-the-work    stuck? a hint
 *   ./learn watch                     re-check on every save, then go on to the next exercise
 *   ./learn list                      where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=SizeForTheWorkTest      the same check with plain Maven
 * </pre>
 *
 * Every method gets the number of cores as an argument instead of asking the machine, so that the answer can be
 * checked for any machine (a program would pass {@code Runtime.getRuntime().availableProcessors()}).
 * Bad input (no cores, a negative duration, ...) is rejected with an {@link IllegalArgumentException} whose message
 * says what was wrong.
 */
public final class SizeForTheWork {

    private SizeForTheWork() {}

    /**
     * Threads for tasks that only compute and never wait: as many as there are cores.
     *
     * @param cores the number of cores, at least 1
     */
    public static int cpuBoundPoolSize(int cores) {
        throw new UnsupportedOperationException(
                "return the number of threads that keeps every core busy with work that never waits (then delete this throw statement).");
    }

    /**
     * Threads for tasks that compute for {@code compute} and then wait (for a disk, a network...) for {@code wait}:
     * N * (1 + W / C), rounded up to a whole thread.
     *
     * @param cores   N, the number of cores, at least 1
     * @param wait    W, how long each task waits, zero or more
     * @param compute C, how long each task computes, more than zero
     */
    public static int ioBoundPoolSize(int cores, Duration wait, Duration compute) {
        throw new UnsupportedOperationException(
                "return N * (1 + W/C) rounded up, after rejecting bad input (then delete this throw statement).");
    }

    /**
     * Little's law: the threads needed to finish {@code tasksPerSecond} tasks per second when each task keeps a
     * thread for {@code latency}: throughput x latency, rounded up to a whole thread.
     *
     * @param tasksPerSecond the throughput you need: a number (not NaN), more than zero
     * @param latency        how long one task holds its thread, more than zero
     */
    public static int threadsForThroughput(double tasksPerSecond, Duration latency) {
        throw new UnsupportedOperationException(
                "return tasksPerSecond x latency (in seconds) rounded up, after rejecting bad input (then delete this throw statement).");
    }
}
