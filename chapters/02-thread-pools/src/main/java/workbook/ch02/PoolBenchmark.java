package workbook.ch02;

import workbook.bench.CpuWork;
import workbook.bench.Machine;
import workbook.bench.Results;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the seed workload (100 tasks x 1,000 printed lines) run sequentially and on pools of 2 and 50
 * threads, printing to a stream that discards everything and to a real pipe, line by line or one print per
 * task; and a CPU-bound workload (counting primes) on pools of 1, 2 and 50 threads. Writes
 * results/pool-benchmark.adoc, which the chapter includes.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=pool-benchmark</pre>
 */
public final class PoolBenchmark {

    static final int TASKS = 100;
    static final int LINES = 1_000;
    static final int PRIME_LIMIT = 3_000_000;
    static final int ROUNDS = 7;
    static final String COMMAND = "./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=pool-benchmark";

    private PoolBenchmark() {}

    /** Where the lines go. Each round gets a fresh one; {@link #close()} waits until everything has arrived. */
    interface Sink extends AutoCloseable {
        PrintStream out();

        long bytes();

        @Override
        void close() throws IOException, InterruptedException;
    }

    /** Counts the bytes that pass, so each round can prove that every line was written. */
    static final class CountingStream extends FilterOutputStream {
        final LongAdder bytes = new LongAdder();

        CountingStream(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes.increment();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes.add(len);
        }
    }

    // tag::sinks[]
    /** A PrintStream built the way System.out is: a 128-byte buffer, flushed at every println. */
    static PrintStream likeSystemOut(OutputStream target) {
        return new PrintStream(new BufferedOutputStream(target, 128), true, StandardCharsets.UTF_8);
    }

    /** Discards every byte: what is left is the cost of formatting, locking and copying. */
    static Sink nullSink() {
        var counted = new CountingStream(OutputStream.nullOutputStream());
        var out = likeSystemOut(counted);
        return new Sink() {
            public PrintStream out() { return out; }
            public long bytes() { return counted.bytes.sum(); }
            public void close() { out.close(); }
        };
    }

    /** A real operating-system pipe, read by a child process `cat` that throws the bytes away. */
    static Sink pipeSink() throws IOException {
        Process cat = new ProcessBuilder("cat").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        var counted = new CountingStream(cat.getOutputStream());
        var out = likeSystemOut(counted);
        return new Sink() {
            public PrintStream out() { return out; }
            public long bytes() { return counted.bytes.sum(); }
            public void close() throws InterruptedException {
                out.close();  // end of input for cat
                cat.waitFor(); // cat has read everything
            }
        };
    }
    // end::sinks[]

    // tag::printing-tasks[]
    /** The seed's task: one println per line, so one trip through the stream's lock per line. */
    static Runnable linePerPrintln(String name, PrintStream out) {
        return () -> {
            for (int i = 0; i < LINES; i++) {
                out.println(name + " " + i);
            }
        };
    }

    /** The same lines, built in the task's own StringBuilder and printed at once: one trip per task. */
    static Runnable onePrintPerTask(String name, PrintStream out) {
        return () -> {
            var text = new StringBuilder(LINES * 16);
            for (int i = 0; i < LINES; i++) {
                text.append(name).append(' ').append(i).append(System.lineSeparator());
            }
            out.print(text);
        };
    }
    // end::printing-tasks[]

    /** How the tasks run: on the calling thread one after another, or on a fixed pool of some size. */
    record Runner(String name, int poolSize) {
        static Runner sequential() {
            return new Runner("one after another, on the calling thread", 0);
        }

        static Runner pool(int size) {
            return new Runner("a fixed pool of " + size + (size == 1 ? " thread" : " threads"), size);
        }

        /** Runs every task and returns their results; a pool is made for the call, so its threads' creation is timed too. */
        <T> List<T> runAll(List<Callable<T>> tasks) throws InterruptedException, ExecutionException {
            var results = new ArrayList<T>(tasks.size());
            if (poolSize == 0) {
                for (var t : tasks) {
                    try {
                        results.add(t.call());
                    } catch (Exception e) {
                        throw new ExecutionException(e);
                    }
                }
                return results;
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
                for (Future<T> f : pool.invokeAll(tasks)) {
                    results.add(f.get());
                }
            }
            return results;
        }
    }

    interface SinkFactory {
        Sink open() throws IOException;
    }

    interface TaskFactory {
        Runnable task(String name, PrintStream out);
    }

    /**
     * Runs the whole printing workload once and returns the elapsed milliseconds, sink closed included (for the
     * pipe: until the reader has had every byte). Opening the sink (for the pipe: starting {@code cat}) and building
     * the task list happen before the clock starts; making the pool's threads is inside, see {@link Runner#runAll}.
     */
    static double printOnce(Runner runner, SinkFactory sinks, TaskFactory kind) throws Exception {
        long start;
        long bytes;
        try (Sink sink = sinks.open()) {
            var tasks = new ArrayList<Callable<Object>>();
            for (int i = 0; i < TASKS; i++) {
                tasks.add(Executors.callable(kind.task("task" + i, sink.out())));
            }
            start = System.nanoTime();
            runner.runAll(tasks);
            sink.out().flush();
            bytes = sink.bytes();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (bytes != expectedBytes()) throw new IllegalStateException("lost output: " + bytes + " bytes, expected " + expectedBytes());
        return millis;
    }

    static long expectedBytes() {
        long total = 0;
        for (int t = 0; t < TASKS; t++) {
            for (int i = 0; i < LINES; i++) {
                total += ("task" + t + " " + i + System.lineSeparator()).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return total;
    }


    static double primesOnce(Runner runner) throws Exception {
        int range = PRIME_LIMIT / TASKS;
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < TASKS; i++) {
            int from = i * range;
            tasks.add(() -> CpuWork.countPrimes(from, from + range));
        }
        long start = System.nanoTime();
        int total = runner.runAll(tasks).stream().mapToInt(Integer::intValue).sum();
        double millis = (System.nanoTime() - start) / 1e6;
        if (total != 216_816) throw new IllegalStateException("wrong prime count: " + total); // pi(3,000,000)
        return millis;
    }

    interface Round {
        double run() throws Exception;
    }

    /** One warm-up round (class loading, JIT), then the median of {@link #ROUNDS} measured rounds. */
    static double median(Round round) throws Exception {
        round.run();
        var times = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            times[r] = round.run();
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }

    record PrintRow(String runner, double nullPerLine, double nullPerTask, double pipePerLine, double pipePerTask) {}

    record CpuRow(String runner, double millis, double speedUp) {}

    public static void main(String[] args) throws Exception {
        var runners = List.of(Runner.sequential(), Runner.pool(2), Runner.pool(50));
        var printRows = new ArrayList<PrintRow>();
        for (var r : runners) {
            printRows.add(new PrintRow(r.name(),
                    median(() -> printOnce(r, PoolBenchmark::nullSink, PoolBenchmark::linePerPrintln)),
                    median(() -> printOnce(r, PoolBenchmark::nullSink, PoolBenchmark::onePrintPerTask)),
                    median(() -> printOnce(r, PoolBenchmark::pipeSink, PoolBenchmark::linePerPrintln)),
                    median(() -> printOnce(r, PoolBenchmark::pipeSink, PoolBenchmark::onePrintPerTask))));
            System.out.println("measured printing: " + r.name());
        }
        var cpuRows = new ArrayList<CpuRow>();
        double sequential = median(() -> primesOnce(Runner.sequential()));
        cpuRows.add(new CpuRow(Runner.sequential().name(), sequential, 1.0));
        for (var r : List.of(Runner.pool(1), Runner.pool(2), Runner.pool(50))) {
            double ms = median(() -> primesOnce(r));
            cpuRows.add(new CpuRow(r.name(), ms, sequential / ms));
            System.out.println("measured primes: " + r.name());
        }
        var out = args.length > 0 ? Path.of(args[0]) : Path.of("results/pool-benchmark.adoc");
        var text = report(printRows, cpuRows);
        Results.write(out, text);
    }

    static String report(List<PrintRow> printRows, List<CpuRow> cpuRows) {
        var sb = new StringBuilder();
        sb.append("// Generated by PoolBenchmark; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(String.format(Locale.ROOT, ".Printing %d tasks x %,d lines (milliseconds, median of %d rounds)%n", TASKS, LINES, ROUNDS));
        sb.append("[cols=\"3,1,1,1,1\",options=\"header\"]\n|===\n");
        sb.append("|How the tasks ran |Discarded, println per line |Discarded, one print per task |Pipe, println per line |Pipe, one print per task\n");
        for (var r : printRows) {
            sb.append(String.format(Locale.ROOT, "|%s |%.1f |%.1f |%.1f |%.1f%n",
                    r.runner(), r.nullPerLine(), r.nullPerTask(), r.pipePerLine(), r.pipePerTask()));
        }
        sb.append("|===\n\n");
        sb.append(String.format(Locale.ROOT, ".Counting the primes below %,d in %d tasks (median of %d rounds)%n", PRIME_LIMIT, TASKS, ROUNDS));
        sb.append("[cols=\"3,1,1\",options=\"header\"]\n|===\n|How the tasks ran |Time (ms) |Speed-up\n");
        for (var r : cpuRows) {
            sb.append(String.format(Locale.ROOT, "|%s |%.1f |%.2f x%n", r.runner(), r.millis(), r.speedUp()));
        }
        sb.append("|===\n\n");
        sb.append(Machine.measuredWith(COMMAND));
        return sb.toString();
    }

}
