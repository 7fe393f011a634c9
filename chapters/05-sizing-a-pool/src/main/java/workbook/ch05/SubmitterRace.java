package workbook.ch05;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import workbook.bench.Machine;
import workbook.bench.Results;
import workbook.ch05.BoundedSubmitters.Submitter;

/**
 * Counts how often each of {@link BoundedSubmitters}' designs has a task rejected: 200,000 tasks that do nothing,
 * handed one after another to 2 threads with a queue of 2, five rounds each. Writes the table the chapter
 * includes to results/submitter-race.adoc.
 *
 * <pre>./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=submitter-race</pre>
 */
public final class SubmitterRace {

    static final String COMMAND = "./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=submitter-race";
    static final int THREADS = 2;
    static final int QUEUE = 2;
    static final int CALLS = 200_000;
    static final int ROUNDS = 5;

    private SubmitterRace() {}

    /**
     * One design: what it is called in the table, how many permits it has, when they come back, whether it is
     * race-free ({@code BoundedSubmittersTest} shows both kinds), and how to make one.
     */
    record Design(String name, String permits, String released, boolean holds, Supplier<Submitter> make) {}

    static List<Design> designs(int threads, int queue) {
        return List.of(
                new Design("Semaphore, queue of " + queue, "threads + queue = " + (threads + queue), "when the task ends (finally)", false,
                        () -> BoundedSubmitters.PermitUntilTaskEnds.withQueue(threads, queue)),
                new Design("Semaphore, queue of " + queue, "threads + queue = " + (threads + queue), "in afterExecute", false,
                        () -> new BoundedSubmitters.PermitUntilAfterExecute(threads, queue)),
                new Design("Semaphore, SynchronousQueue", "threads = " + threads, "when the task ends (finally)", false,
                        () -> BoundedSubmitters.PermitUntilTaskEnds.withHandOff(threads)),
                new Design("Semaphore, queue of " + queue, "queue = " + queue, "in beforeExecute", true,
                        () -> new BoundedSubmitters.PermitPerQueuePlace(threads, queue)),
                new Design("Handler that waits in put, queue of " + queue, "none", "-", true,
                        () -> BoundedSubmitters.waitingForRoom(threads, queue)));
    }

    /** What one design did in its rounds: the rejections of each round, in order. */
    record Row(Design design, long[] rejected) {
        long median() {
            var sorted = rejected.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        long fewest() {
            return Arrays.stream(rejected).min().orElseThrow();
        }

        long most() {
            return Arrays.stream(rejected).max().orElseThrow();
        }
    }

    // tag::count-rejections[]
    /**
     * Hands {@code calls} tasks that do nothing to a new submitter, closes it, and returns how many
     * were rejected.
     */
    static long rejections(Supplier<Submitter> make, int calls) throws InterruptedException {
        var ran = new LongAdder();
        long rejected = 0;
        try (var submitter = make.get()) {
            for (int i = 0; i < calls; i++) {
                try {
                    submitter.put(ran::increment);
                } catch (RejectedExecutionException e) {
                    rejected++; // this task never runs
                }
            }
        } // close() waits for every accepted task
        if (ran.sum() + rejected != calls) {
            throw new IllegalStateException(ran.sum() + " ran and " + rejected + " were rejected of " + calls);
        }
        return rejected;
    }
    // end::count-rejections[]

    static List<Row> measure(List<Design> designs, int calls, int rounds) throws InterruptedException {
        var rows = new ArrayList<Row>();
        for (var design : designs) {
            var rejected = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                rejected[round] = rejections(design.make(), calls);
            }
            rows.add(new Row(design, rejected));
            System.out.printf(Locale.ROOT, "%-40s %-22s %-30s rejected: %s%n", design.name(), design.permits(), design.released(),
                    Arrays.toString(rejected));
        }
        return rows;
    }

    /** The 1-, 5- and 15-minute load averages from /proc/loadavg, or empty off Linux. */
    static Optional<String> loadAverages() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return Optional.of(fields[0] + ", " + fields[1] + " and " + fields[2]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String report(List<Row> rows, int threads, int queue, int calls, double seconds, Optional<String> load,
                         String measuredWith) {
        var sb = new StringBuilder();
        sb.append("// Generated by SubmitterRace; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(String.format(Locale.ROOT,
                ".Rejected tasks of %,d handed one after another to %d threads with a queue of %d (%d rounds each)%n",
                calls, threads, queue, rows.get(0).rejected().length));
        sb.append("[cols=\"3,2,2,1,1,1,3\",options=\"header\"]\n|===\n");
        sb.append("|Design |Permits |Permit given back |Median |Fewest |Most |Each round\n");
        for (var r : rows) {
            sb.append(String.format(Locale.ROOT, "|%s |%s |%s |%,d |%,d |%,d |%s%n", r.design().name(), r.design().permits(),
                    r.design().released(), r.median(), r.fewest(), r.most(),
                    Arrays.stream(r.rejected()).mapToObj(n -> String.format(Locale.ROOT, "%,d", n))
                            .reduce((a, b) -> a + "; " + b).orElse("")));
        }
        sb.append("|===\n\n");
        sb.append(String.format(Locale.ROOT, "The whole run took %.0f s.", seconds));
        load.ifPresent(l -> sb.append(" The load averages (1, 5 and 15 minutes) were ").append(l)
                .append(" when it started."));
        sb.append("\n\n").append(measuredWith);
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        var file = Path.of(args.length > 0 ? args[0] : "results").resolve("submitter-race.adoc");
        var load = loadAverages();
        long start = System.nanoTime();
        var rows = measure(designs(THREADS, QUEUE), CALLS, ROUNDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Results.write(file, report(rows, THREADS, QUEUE, CALLS, seconds, load, Machine.measuredWith(COMMAND)));
    }
}
