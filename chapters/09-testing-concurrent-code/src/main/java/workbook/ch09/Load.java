package workbook.ch09;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import workbook.bench.Machine;
import workbook.bench.Results;

/** The load a measurement ran under: the machine's load average, and busy threads a measurement may add. */
final class Load {

    private final List<Thread> burners = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    private Load() {}

    /** Starts {@code count} threads that spin until {@link #stop()}: extra load, the same on every run. */
    static Load burners(int count) {
        var load = new Load();
        for (int i = 0; i < count; i++) {
            load.burners.add(Thread.ofPlatform().name("burner-" + i).daemon().start(() -> {
                long x = 0;
                while (!load.stop.get()) x += System.nanoTime() & 1; // busy, never blocked
                if (x == 42) System.out.print(""); // keeps the loop from being optimised away
            }));
        }
        return load;
    }

    void stop() throws InterruptedException {
        stop.set(true);
        for (var t : burners) t.join();
    }

    /** A measurement's table for {@code runs} runs with {@code burners} threads spinning beside it. */
    @FunctionalInterface
    interface Table {
        String measure(int runs, int burners) throws InterruptedException;
    }

    /**
     * Runs a measurement main: arguments {@code <results file> [--burners=N] [runs]}. Measures under the load asked
     * for, then writes the table, the sentence on the load and the machine's, naming the example {@code example}
     * (with "-loaded" when burners were asked for) as the command that measures it again.
     */
    static void measure(String[] args, int defaultRuns, String example, Table table) throws Exception {
        int runs = runs(args, defaultRuns);
        int burners = burnersAsked(args);
        var atStart = average();
        var load = burners(burners);
        String text;
        try {
            text = table.measure(runs, burners);
        } finally {
            load.stop();
        }
        Results.write(Path.of(args[0]), text + sentence(atStart, burners) + "\n"
                + Machine.measuredWith("./mvnw -q -pl chapters/09-testing-concurrent-code exec:exec -Dexample="
                        + example + (burners == 0 ? "" : "-loaded") + " -Dargs=\"" + runs + "\""));
    }

    /** The number of runs among a measurement's arguments (a plain number after the results file), or {@code otherwise}. */
    static int runs(String[] args, int otherwise) {
        for (int i = 1; i < args.length; i++) if (args[i].matches("\\d+")) return Integer.parseInt(args[i]);
        return otherwise;
    }

    /** The burners a measurement's arguments ask for with {@code --burners=N}, or 0. */
    static int burnersAsked(String[] args) {
        for (var a : args) if (a.startsWith("--burners=")) return Integer.parseInt(a.substring("--burners=".length()));
        return 0;
    }

    /** The 1-minute load average from /proc/loadavg, e.g. "6.77", or "unknown" off Linux. */
    static String average() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The AsciiDoc sentence on the load, e.g. "The machine's load average (1 minute) was 6.77 at the start and 7.01 at the end". */
    static String sentence(String atStart, int burners) {
        return String.format(Locale.ROOT, "The machine's load average (1 minute) was %s at the start and %s at the end%s.%n",
                atStart, average(), burners == 0 ? ", with nothing added"
                        : ", with " + burners + " more threads spinning in the same JVM throughout (the example's `--burners=" + burners + "`)");
    }
}
