package workbook.ch06;

import workbook.bench.CpuWork;
import workbook.bench.Machine;
import workbook.bench.Results;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * 10,000 tasks that each block for 100 ms (a sleep standing in for a network call) on fixed pools of 50 and
 * 200 platform threads and on a virtual thread per task; then CPU-bound tasks on a fixed pool as big as the
 * machine and on virtual threads. Writes results/blocking-benchmark.adoc, which the chapter includes.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=blocking-benchmark</pre>
 */
public final class BlockingBenchmark {

    static final String COMMAND = "./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=blocking-benchmark";
    static final int BLOCKING_TASKS = 10_000;
    static final Duration BLOCK = Duration.ofMillis(100);
    static final int CPU_TASKS = 100;
    static final int PRIME_LIMIT = 2_000_000;
    static final int CPU_ROUNDS = 5;

    private BlockingBenchmark() {}

    /** Which executor runs the tasks; each call of {@code open} makes a fresh one. */
    record Runner(String name, Supplier<ExecutorService> open) {
        static Runner fixed(int threads) {
            return new Runner("a fixed pool of " + threads + " platform threads", () -> Executors.newFixedThreadPool(threads));
        }

        static Runner virtual() {
            return new Runner("a new virtual thread per task", Executors::newVirtualThreadPerTaskExecutor);
        }
    }

    // tag::blocking-task[]
    /** Stands in for a call that waits for a reply: the thread is blocked, the CPU is idle. */
    static Callable<Integer> blockingTask(int index, Duration block) {
        return () -> {
            Thread.sleep(block);
            return index;
        };
    }
    // end::blocking-task[]

    /**
     * Runs every task and returns the elapsed milliseconds. invokeAll returns one completed future per task, and
     * get() on each rethrows a task's failure (as an ExecutionException), so a run that returns ran every task.
     */
    static <T> double runAll(Runner runner, List<Callable<T>> tasks) throws Exception {
        long start = System.nanoTime();
        try (ExecutorService executor = runner.open().get()) {
            for (Future<T> f : executor.invokeAll(tasks)) f.get();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static List<Callable<Integer>> blockingTasks(int count, Duration block) {
        var tasks = new ArrayList<Callable<Integer>>(count);
        for (int i = 0; i < count; i++) tasks.add(blockingTask(i, block));
        return tasks;
    }

    static List<Callable<Integer>> primeTasks(int count, int limit) {
        int range = limit / count;
        var tasks = new ArrayList<Callable<Integer>>(count);
        for (int i = 0; i < count; i++) {
            int from = i * range;
            tasks.add(() -> CpuWork.countPrimes(from, from + range));
        }
        return tasks;
    }

    record BlockingRow(String runner, double millis, int peakPlatformThreads) {}

    record CpuRow(String runner, double millis) {}

    /** One run of the blocking workload, with the most platform threads alive at once during it. */
    static BlockingRow blockingRow(Runner runner, int tasks, Duration block) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        double millis = runAll(runner, blockingTasks(tasks, block));
        return new BlockingRow(runner.name(), millis, threads.getPeakThreadCount());
    }

    static double medianCpu(Runner runner) throws Exception {
        runAll(runner, primeTasks(CPU_TASKS, PRIME_LIMIT)); // warm-up: class loading, JIT
        var times = new double[CPU_ROUNDS];
        for (int r = 0; r < CPU_ROUNDS; r++) times[r] = runAll(runner, primeTasks(CPU_TASKS, PRIME_LIMIT));
        Arrays.sort(times);
        return times[CPU_ROUNDS / 2];
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        var blockingRunners = List.of(Runner.fixed(50), Runner.fixed(200), Runner.virtual());
        for (var r : blockingRunners) blockingRow(r, 1_000, Duration.ofMillis(1)); // warm-up
        var blocking = new ArrayList<BlockingRow>();
        for (var r : blockingRunners) {
            blocking.add(blockingRow(r, BLOCKING_TASKS, BLOCK));
            System.out.println("measured blocking tasks: " + r.name());
        }
        var cpu = new ArrayList<CpuRow>();
        for (var r : List.of(Runner.fixed(cores), Runner.virtual())) {
            cpu.add(new CpuRow(r.name(), medianCpu(r)));
            System.out.println("measured CPU-bound tasks: " + r.name());
        }
        var out = args.length > 0 ? Path.of(args[0]) : Path.of("results/blocking-benchmark.adoc");
        var text = report(blocking, cpu);
        Results.write(out, text);
    }

    static String report(List<BlockingRow> blocking, List<CpuRow> cpu) {
        var sb = new StringBuilder();
        sb.append("// Generated by BlockingBenchmark; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(String.format(Locale.ROOT, ".%,d tasks that each block for %d ms (one run each)%n", BLOCKING_TASKS, BLOCK.toMillis()));
        sb.append("[cols=\"3,1,1,1\",options=\"header\"]\n|===\n");
        sb.append("|How the tasks ran |Time (s) |Tasks per second |Most platform threads alive at once\n");
        for (var r : blocking) {
            sb.append(String.format(Locale.ROOT, "|%s |%.2f |%,.0f |%d%n",
                    r.runner(), r.millis() / 1000, BLOCKING_TASKS / (r.millis() / 1000), r.peakPlatformThreads()));
        }
        sb.append("|===\n\n");
        sb.append(String.format(Locale.ROOT, ".Counting the primes below %,d in %d tasks (milliseconds, median of %d runs)%n",
                PRIME_LIMIT, CPU_TASKS, CPU_ROUNDS));
        sb.append("[cols=\"3,1\",options=\"header\"]\n|===\n|How the tasks ran |Time (ms)\n");
        for (var r : cpu) sb.append(String.format(Locale.ROOT, "|%s |%.1f%n", r.runner(), r.millis()));
        sb.append("|===\n\n");
        sb.append(Machine.measuredWith(COMMAND));
        return sb.toString();
    }
}
