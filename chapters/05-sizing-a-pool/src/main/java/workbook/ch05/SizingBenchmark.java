package workbook.ch05;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import workbook.bench.CpuWork;
import workbook.bench.Machine;

/**
 * Runs two workloads of {@value #TASKS} tasks on fixed pools of 1 to 50 threads and compares the measured
 * speed-up with the one predicted from the number of cores (CPU-bound work) and from Little's law (work that
 * waits). Writes results/sizing-benchmark.adoc (the tables the chapter includes) and
 * results/sizing-benchmark.csv (the numbers {@link SizingChart} draws).
 *
 * <pre>./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=sizing-benchmark</pre>
 */
public final class SizingBenchmark {

    static final int[] POOL_SIZES = {1, 2, 4, 8, 16, 32, 50};
    static final int TASKS = 100;
    static final int ROUNDS = 5;
    static final int CPU_LIMIT = 2_000_000;          // each CPU-bound task counts the primes in 1/100 of [0, 2,000,000)
    static final int PRIMES_BELOW_CPU_LIMIT = 148_933;
    static final int COMPUTE_FROM = 1_000_000;       // the waiting task's short computation: the primes in [1,000,000, 1,005,000)
    static final int COMPUTE_RANGE = 5_000;
    static final long WAIT_MILLIS = 10;
    static final String COMMAND = "./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=sizing-benchmark";

    private SizingBenchmark() {}

    /** The two kinds of work the chapter compares; the label is what the CSV and the console call it. */
    enum Workload {
        CPU("cpu"), WAITING("waiting");

        final String label;

        Workload(String label) {
            this.label = label;
        }
    }

    // tag::cpu-workload[]
    /** CPU-bound: computes from start to end and never waits. Returns the primes it counted. */
    static Callable<Long> cpuTask(int index) {
        int range = CPU_LIMIT / TASKS;
        return () -> (long) CpuWork.countPrimes(index * range, (index + 1) * range);
    }
    // end::cpu-workload[]

    // tag::waiting-workload[]
    /**
     * Mostly waiting: about a millisecond of computing (C), then a blocking wait of 10 ms (W) that stands in
     * for a database query or a web request. Returns how long the task took, in nanoseconds.
     */
    static Callable<Long> waitingTask(int index) {
        return () -> {
            long start = System.nanoTime();
            // The count is checked, so the JIT compiler cannot drop the computation as dead code.
            if (CpuWork.countPrimes(COMPUTE_FROM, COMPUTE_FROM + COMPUTE_RANGE) < 0) throw new AssertionError();
            Thread.sleep(WAIT_MILLIS);  // the thread is blocked here: it uses no core while it waits
            return System.nanoTime() - start;
        };
    }
    // end::waiting-workload[]

    // tag::prediction[]
    /**
     * The speed-up over a single thread that a pool of {@code threads} can reach on {@code cores} cores, for
     * tasks that compute for {@code computeMs} and wait for {@code waitMs}. By Little's law a pool's throughput
     * is (tasks in progress) / (time per task): at most threads / (C + W). The cores add a second limit: they
     * finish at most cores / C tasks per unit of time. Divided by one thread's throughput, 1 / (C + W):
     */
    static double predictedSpeedUp(int threads, int cores, double computeMs, double waitMs) {
        double threadsTheCoresCanKeepBusy = cores * (1 + waitMs / computeMs); // N * (1 + W/C)
        return Math.min(threads, threadsTheCoresCanKeepBusy);
    }
    // end::prediction[]

    /** One measured run: elapsed time for all tasks and, per task, what it returned. */
    record Run(double millis, List<Long> results) {}

    /**
     * Runs the tasks on a new fixed pool and times the whole life of the pool: the clock starts before the pool
     * is made and stops after close() has returned. A ThreadPoolExecutor starts its threads only as tasks arrive,
     * so the time includes starting every thread, running every task and ending the threads again.
     */
    static Run runOnPool(int threads, List<Callable<Long>> tasks) throws Exception {
        var results = new ArrayList<Long>(tasks.size());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Long> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
        }
        return new Run((System.nanoTime() - start) / 1e6, results);
    }

    static List<Callable<Long>> tasks(Workload workload) {
        var tasks = new ArrayList<Callable<Long>>();
        for (int i = 0; i < TASKS; i++) tasks.add(workload == Workload.WAITING ? waitingTask(i) : cpuTask(i));
        return tasks;
    }

    /** A row of a table: one pool size, one workload. */
    record Row(String workload, int threads, double millis, double meanTaskMillis, double speedUp, double predicted) {
        double tasksPerSecond() {
            return TASKS / (millis / 1000);
        }

        /** Little's law, L = throughput x latency: how many tasks were in progress on average. */
        double inProgress() {
            return tasksPerSecond() * meanTaskMillis / 1000;
        }

        double batchLimit() {
            return SizingBenchmark.batchLimit(threads);
        }
    }

    /**
     * The best speed-up a batch of {@value #TASKS} equally long tasks allows on {@code threads} threads, however many
     * cores there are: the batch needs ceil(TASKS / threads) rounds of one task per thread, one thread needs TASKS
     * rounds, so the speed-up is at most TASKS / ceil(TASKS / threads). For 16 threads: 7 rounds, at most 14.3 x.
     */
    static double batchLimit(int threads) {
        return (double) TASKS / Math.ceilDiv(TASKS, threads);
    }

    interface Round {
        Run run() throws Exception;
    }

    /** One warm-up round (class loading, JIT), then the round with the median time of {@link #ROUNDS}. */
    static Run median(Round round) throws Exception {
        round.run();
        var runs = new Run[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) runs[r] = round.run();
        Arrays.sort(runs, (a, b) -> Double.compare(a.millis(), b.millis()));
        return runs[ROUNDS / 2];
    }

    /** Median wall-clock time of one short computation (C) and of one sleep (W), on this machine, in ms. */
    record Calibration(double computeMs, double waitMs) {}

    static Calibration calibrate() throws InterruptedException {
        var compute = new double[201];
        for (int i = 0; i < 200; i++) CpuWork.countPrimes(COMPUTE_FROM, COMPUTE_FROM + COMPUTE_RANGE); // warm up the JIT
        for (int i = 0; i < compute.length; i++) {
            long t = System.nanoTime();
            CpuWork.countPrimes(COMPUTE_FROM, COMPUTE_FROM + COMPUTE_RANGE);
            compute[i] = (System.nanoTime() - t) / 1e6;
        }
        var waits = new double[21];
        for (int i = 0; i < waits.length; i++) {
            long t = System.nanoTime();
            Thread.sleep(WAIT_MILLIS);
            waits[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(compute);
        Arrays.sort(waits);
        return new Calibration(compute[compute.length / 2], waits[waits.length / 2]);
    }

    static List<Row> measure(Workload workload, int cores, Calibration c) throws Exception {
        var rows = new ArrayList<Row>();
        double oneThread = 0;
        for (int threads : POOL_SIZES) {
            Run run = median(() -> runOnPool(threads, tasks(workload)));
            long sum = run.results().stream().mapToLong(Long::longValue).sum();
            double meanTaskMillis;
            double predicted;
            if (workload == Workload.WAITING) {
                meanTaskMillis = sum / 1e6 / TASKS;
                predicted = predictedSpeedUp(threads, cores, c.computeMs(), c.waitMs());
            } else {
                if (sum != PRIMES_BELOW_CPU_LIMIT) throw new IllegalStateException("wrong prime count: " + sum);
                meanTaskMillis = Double.NaN;
                predicted = Math.min(threads, cores); // W = 0, so N(1 + W/C) is just N, the cores
            }
            if (threads == 1) oneThread = run.millis();
            rows.add(new Row(workload.label, threads, run.millis(), meanTaskMillis, oneThread / run.millis(), predicted));
            System.out.printf(Locale.ROOT, "%-7s %2d threads: %8.1f ms%n", workload.label, threads, run.millis());
        }
        return rows;
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var dir = Path.of(args.length > 0 ? args[0] : "results");
        int cores = Runtime.getRuntime().availableProcessors();
        var calibration = calibrate();
        var cpu = measure(Workload.CPU, cores, calibration);
        var waiting = measure(Workload.WAITING, cores, calibration);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("sizing-benchmark.adoc"),
                report(cpu, waiting, cores, calibration, seconds, Machine.measuredWith(COMMAND)));
        Files.writeString(dir.resolve("sizing-benchmark.csv"), csv(cpu, waiting, cores, calibration));
        System.out.printf(Locale.ROOT, "written to %s and %s; the run took %.0f s%n", dir.resolve("sizing-benchmark.adoc"),
                dir.resolve("sizing-benchmark.csv"), seconds);
    }

    /** The tables the chapter includes, the time the whole run took ({@code seconds}) and where it was measured. */
    static String report(List<Row> cpu, List<Row> waiting, int cores, Calibration c, double seconds, String measuredWith) {
        var sb = new StringBuilder();
        sb.append("// Generated by SizingBenchmark; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(String.format(Locale.ROOT, ".CPU-bound: counting the primes below %,d in %d tasks (median of %d rounds, %d cores)%n",
                CPU_LIMIT, TASKS, ROUNDS, cores));
        sb.append("[cols=\"1,1,1,1\",options=\"header\"]\n|===\n|Threads |Time (ms) |Speed-up over 1 thread |Predicted: min(threads, cores)\n");
        for (var r : cpu) {
            sb.append(String.format(Locale.ROOT, "|%d |%.1f |%.2f x |%.0f x%n", r.threads(), r.millis(), r.speedUp(), r.predicted()));
        }
        sb.append("|===\n\n");
        sb.append(String.format(Locale.ROOT,
                ".Waiting: %d tasks of C = %.2f ms computing and W = %.2f ms blocked (medians measured on this machine), so N(1 + W/C) = %.1f%n",
                TASKS, c.computeMs(), c.waitMs(), cores * (1 + c.waitMs() / c.computeMs())));
        sb.append("[cols=\"1,1,1,1,1,1,1,1\",options=\"header\"]\n|===\n");
        sb.append("|Threads |Time (ms) |Tasks per second |Mean time per task (ms) |Tasks in progress: tasks per second x time per task"
                + " |Speed-up over 1 thread |Predicted: min(threads, N(1 + W/C))"
                + " |Batch limit: " + TASKS + " / ceil(" + TASKS + " / threads)\n");
        for (var r : waiting) {
            sb.append(String.format(Locale.ROOT, "|%d |%.1f |%.0f |%.2f |%.1f |%.2f x |%.1f x |%.1f x%n", r.threads(), r.millis(),
                    r.tasksPerSecond(), r.meanTaskMillis(), r.inProgress(), r.speedUp(), r.predicted(), r.batchLimit()));
        }
        sb.append("|===\n\n");
        sb.append(String.format(Locale.ROOT, "The whole run took %.0f s.%n%n", seconds));
        sb.append(measuredWith);
        return sb.toString();
    }

    /** The numbers for the chart: comment lines "# key=value", then one line per workload and pool size. */
    static String csv(List<Row> cpu, List<Row> waiting, int cores, Calibration c) {
        var sb = new StringBuilder();
        sb.append("# generated by SizingBenchmark (").append(COMMAND).append(")\n");
        sb.append(String.format(Locale.ROOT, "# cores=%d%n# computeMs=%.3f%n# waitMs=%.3f%n", cores, c.computeMs(), c.waitMs()));
        sb.append("workload,threads,millis,speedUp,predictedSpeedUp\n");
        for (var r : cpu) sb.append(line(r));
        for (var r : waiting) sb.append(line(r));
        return sb.toString();
    }

    private static String line(Row r) {
        return String.format(Locale.ROOT, "%s,%d,%.3f,%.4f,%.4f%n", r.workload(), r.threads(), r.millis(), r.speedUp(), r.predicted());
    }
}
