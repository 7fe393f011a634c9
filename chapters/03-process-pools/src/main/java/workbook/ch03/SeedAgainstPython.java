package workbook.ch03;

import workbook.bench.Machine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The seed (100 tasks x 1000 printed lines, then 123) on a pool of 50 worker JVMs, in each way the pool can start
 * them, against Python's {@code ProcessPoolExecutor(50)} running the same workload ({@code docs/src/bench/seed.py}),
 * in the same run. Every version is a program of its own, started as from a shell, its output read through a pipe
 * and checked (100,001 lines ending with 123); the versions take turns, and each row gives the median wall time from
 * start to exit. Python's row and the ratios to it appear only where python3 is on the PATH.
 * Writes results/seed-against-python.adoc.
 *
 * <pre>./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=seed-against-python</pre>
 */
public final class SeedAgainstPython {

    static final String COMMAND = "./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=seed-against-python";
    static final int TASKS = 100;
    static final int LINES = 1000;
    static final int WORKERS = 50;

    private SeedAgainstPython() {}

    record Version(String name, List<String> command) {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("run")) {
            run(args[1], Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
        } else {
            measure(Path.of(args.length > 0 ? args[0] : "results"), Path.of(args.length > 1 ? args[1] : "../../docs/src/bench/seed.py"),
                    args.length > 2 ? Integer.parseInt(args[2]) : 5);
        }
    }

    /**
     * One version, as a program of its own: the seed on a pool of 50 started {@code how} ("all-at-once" or
     * "on-demand", with at most {@code maxStarting} starting at once), then the number of workers it started, on stderr.
     */
    static void run(String how, int maxStarting, List<String> jvmOptions) throws Exception {
        var futures = new ArrayList<TaskFuture>();
        int started;
        try (var pool = how.equals("all-at-once")
                ? new ProcessPool(WORKERS, List.of(PrintLines.class), jvmOptions)
                : ProcessPool.onDemand(WORKERS, List.of(PrintLines.class), jvmOptions, maxStarting)) {
            for (int i = 0; i < TASKS; i++) futures.add(pool.submit(PrintLines.class, "task" + i + " " + LINES));
            for (var f : futures) System.out.print(f.get().printed());
            started = pool.everyWorker().size();
        }
        System.out.println("123");
        System.out.flush();
        System.err.println("workers started: " + started);
    }

    static List<Version> versions(Path python) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        String cores = Integer.toString(Runtime.getRuntime().availableProcessors());
        var me = List.of(java, "-cp", cp, SeedAgainstPython.class.getName(), "run");
        var list = new ArrayList<Version>();
        list.add(new Version("Java, all 50 started at once in the constructor", concat(me, "all-at-once", "0")));
        list.add(new Version("Java, on demand, any number starting at once", concat(me, "on-demand", "50")));
        list.add(new Version("Java, on demand, at most " + cores + " (one per core) starting at once (`ProcessPool.onDemand`)",
                concat(me, "on-demand", cores)));
        list.add(new Version("Java, as above, workers with `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`",
                concat(me, "on-demand", cores, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
        if (onPath("python3") && Files.isRegularFile(python)) {
            list.add(new Version("Python, `ProcessPoolExecutor(50)`", List.of("python3", python.toString(), "processes")));
        }
        return list;
    }

    private static List<String> concat(List<String> head, String... tail) {
        var all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    static void measure(Path results, Path python, int runs) throws Exception {
        var versions = versions(python);
        var millis = new ArrayList<List<Long>>();
        var started = new ArrayList<List<Long>>();
        for (int i = 0; i < versions.size(); i++) {
            millis.add(new ArrayList<>());
            started.add(new ArrayList<>());
        }
        String loadBefore = load();
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < versions.size(); i++) {   // taking turns: a change in load spreads over all of them
                var v = versions.get(i);
                long[] r = runOnce(v);
                millis.get(i).add(r[0]);
                if (r[1] >= 0) started.get(i).add(r[1]);
                System.out.printf(Locale.ROOT, "run %d: %-70s %6d ms%s%n", run + 1, v.name(), r[0], r[1] >= 0 ? ", " + r[1] + " workers" : "");
            }
        }
        String loadAfter = load();
        boolean withPython = versions.getLast().name().startsWith("Python");
        long pythonMedian = withPython ? median(millis.getLast()) : 0;
        var sb = new StringBuilder("// Generated by SeedAgainstPython; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(".The seed (").append(TASKS).append(" tasks x ").append(LINES).append(" lines) on a pool of ").append(WORKERS)
                .append(" workers, each version a program of its own (median of ").append(runs).append(" runs, taking turns)\n");
        sb.append(withPython ? "[cols=\"5,1,3,1,1\",options=\"header\"]\n" : "[cols=\"5,1,3,1\",options=\"header\"]\n");
        sb.append("|===\n|Version |Median (ms) |Every run (ms) |Workers started");
        sb.append(withPython ? " |Time / Python's\n" : "\n");
        for (int i = 0; i < versions.size(); i++) {
            long m = median(millis.get(i));
            var s = started.get(i);
            sb.append('|').append(versions.get(i).name()).append(" |").append(m).append(" |")
                    .append(String.join(", ", millis.get(i).stream().map(String::valueOf).toList())).append(" |")
                    .append(s.stream().min(Long::compare).orElse(-1L)).append(s.stream().distinct().count() > 1 ? "-" + s.stream().max(Long::compare).get() : "");
            if (withPython) sb.append(String.format(Locale.ROOT, " |%.2f", (double) m / pythonMedian));
            sb.append('\n');
        }
        sb.append("|===\n\n");
        if (!withPython) sb.append("python3 was not found, so Python's `ProcessPoolExecutor` was not measured. ");
        sb.append("Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter).append(". ");
        sb.append(Machine.measuredWith(COMMAND));
        Files.createDirectories(results);
        Files.writeString(results.resolve("seed-against-python.adoc"), sb);
        System.out.print(sb);
    }

    /** One run: {wall ms, workers started or -1}; fails unless the output is the seed's. */
    static long[] runOnce(Version v) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(v.command()).start();
        p.getOutputStream().close();
        var stderr = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        List<String> out;
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = in.lines().toList();
        }
        int exit = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String err = stderr.join();
        String last = out.isEmpty() ? null : out.getLast();
        if (exit != 0 || out.size() != TASKS * LINES + 1 || !"123".equals(last)) {
            throw new IllegalStateException(v.name() + " exited with " + exit + " after " + out.size() + " lines, the last '" + last
                    + "'; expected " + (TASKS * LINES + 1) + " lines ending with 123. Its stderr:\n" + err);
        }
        long started = err.lines().filter(l -> l.startsWith("workers started: "))
                .mapToLong(l -> Long.parseLong(l.substring("workers started: ".length()).strip())).findFirst().orElse(-1);
        return new long[] {ms, started};
    }

    static long median(List<Long> values) {
        var v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String load() {
        try {
            var f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(", ", Arrays.asList(f).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
