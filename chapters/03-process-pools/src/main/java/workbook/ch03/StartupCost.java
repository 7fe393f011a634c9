package workbook.ch03;

import workbook.bench.Machine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Measures what a worker JVM costs to start (with and without class-data sharing and a JDK 25 AOT cache),
 * and what that does to the seed program (100 tasks x 1000 lines) run with reused workers, with a process
 * per task, and with threads. Writes results/startup.adoc and results/seed-with-processes.adoc.
 *
 * <pre>./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=startup-cost</pre>
 */
public final class StartupCost {

    static final int STARTS = 9;
    static final int SEED_ROUNDS = 3;
    static final String COMMAND = "./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=startup-cost";

    private StartupCost() {}

    record Variant(String name, List<String> options) {}

    record StartRow(String variant, double readyMs, double firstReplyMs, String note) {}

    public static void main(String[] args) throws Exception {
        var results = Path.of(args.length > 0 ? args[0] : "results");
        var work = Path.of(args.length > 1 ? args[1] : "target/startup-cost");
        Files.createDirectories(results);
        Files.createDirectories(work);
        // AppCDS archives and AOT caches hold application classes only from JAR files on the class path
        // (the JDK's own classes come from its runtime image), so the workers run from a jar here.
        Path jar = packWorkerJar(work.resolve("worker.jar"));
        String cp = jar.toAbsolutePath().toString();

        Path jsa = work.resolve("worker.jsa").toAbsolutePath();
        Path aot = work.resolve("worker.aot").toAbsolutePath();
        Files.deleteIfExists(jsa);
        Files.deleteIfExists(aot);
        // tag::training[]
        train(cp, List.of("-XX:ArchiveClassesAtExit=" + jsa), jsa); // AppCDS: dump the loaded classes at exit
        train(cp, List.of("-XX:AOTCacheOutput=" + aot), aot);       // JDK 25: a training run, then the AOT cache
        // end::training[]

        var variants = new ArrayList<Variant>();
        variants.add(new Variant("no class-data sharing (`-Xshare:off`)", List.of("-Xshare:off")));
        variants.add(new Variant("default (the JDK's own CDS archive)", List.of()));
        // -Xshare:on and -XX:AOTMode=on: an archive the JVM cannot use stops the worker (and this run) instead of
        // being skipped with a message, so each row measures what its name says.
        variants.add(new Variant("AppCDS archive (`-XX:SharedArchiveFile`)", List.of("-Xshare:on", "-XX:SharedArchiveFile=" + jsa)));
        variants.add(new Variant("JDK 25 AOT cache (`-XX:AOTCache`)", List.of("-XX:AOTMode=on", "-XX:AOTCache=" + aot)));

        var startRows = new ArrayList<StartRow>();
        for (var v : variants) startRows.add(measureStart(v, cp));
        for (var r : startRows) System.out.printf(Locale.ROOT, "%-45s ready %.0f ms, first reply %.0f ms%n", r.variant(), r.readyMs(), r.firstReplyMs());

        var seedRows = new ArrayList<String[]>();
        var aotOptions = List.of("-XX:AOTMode=on", "-XX:AOTCache=" + aot);
        seedRows.add(seed("threads: a pool of 50 threads in this JVM", () -> threads(50)));
        seedRows.add(seed("reused workers: a pool of 2 worker JVMs", () -> pool(2, List.of(), cp)));
        seedRows.add(seed("reused workers: a pool of 50 worker JVMs", () -> pool(50, List.of(), cp)));
        seedRows.add(seed("reused workers: a pool of 50 worker JVMs, AOT cache", () -> pool(50, aotOptions, cp)));
        seedRows.add(seed("a process per task: 100 one-shot JVMs", () -> ProcessPerTask.runOneProcessPerTask(100, 1000, List.of(), cp, discard())));
        seedRows.add(seed("a process per task: 100 one-shot JVMs, AOT cache", () -> ProcessPerTask.runOneProcessPerTask(100, 1000, aotOptions, cp, discard())));

        String machine = Machine.measuredWith(COMMAND);
        Files.writeString(results.resolve("startup.adoc"), startTable(startRows, machine));
        Files.writeString(results.resolve("seed-with-processes.adoc"), seedTable(seedRows, machine));
        System.out.println("written to " + results.resolve("startup.adoc") + " and " + results.resolve("seed-with-processes.adoc"));
    }

    /** A jar of this chapter's classes (the worker, the protocol, the tasks). */
    static Path packWorkerJar(Path jar) throws IOException {
        var classes = Path.of(ProcessPool.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            for (var f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** How long a training worker may take to exit: it writes the archive then (for an AOT cache, in a second JVM). */
    static final java.time.Duration TRAINING_EXIT_LIMIT = java.time.Duration.ofMinutes(5);

    /** A training run: one worker runs a few tasks and exits, with the given recording options; it must write {@code archive}. */
    private static void train(String cp, List<String> options, Path archive) throws Exception {
        try (var pool = new ProcessPool(1, List.of(PrintLines.class), options, cp)) {
            for (int i = 0; i < 20; i++) pool.submit(PrintLines.class, "Training" + i + " 1000").get();
            pool.close(TRAINING_EXIT_LIMIT); // not the usual 5 s: a worker killed while it writes leaves no archive
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("the training run with " + options + " wrote no archive at " + archive
                    + "; see the worker's messages above");
        }
    }

    private static StartRow measureStart(Variant v, String cp) throws Exception {
        var ready = new double[STARTS];
        var reply = new double[STARTS];
        for (int i = 0; i < STARTS + 1; i++) {
            long t0 = System.nanoTime();
            try (var pool = new ProcessPool(1, List.of(PrintLines.class), v.options(), cp)) {
                long readyAt = pool.workerStarts().getFirst().readyNanos();
                long repliedAt = pool.submit(PrintLines.class, "task0 1000").get().repliedNanos();
                if (i == 0) continue; // warm-up: the file cache, this JVM's own code
                ready[i - 1] = (readyAt - t0) / 1e6;
                reply[i - 1] = (repliedAt - t0) / 1e6;
            }
        }
        return new StartRow(v.name(), median(ready), median(reply), String.join(" ", v.options()));
    }

    interface Run {
        void run() throws Exception;
    }

    private static String[] seed(String name, Run run) throws Exception {
        var times = new double[SEED_ROUNDS];
        for (int r = 0; r < SEED_ROUNDS; r++) {
            long t0 = System.nanoTime();
            run.run();
            times[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%-55s %.0f ms%n", name, median(times));
        return new String[] {name, String.format(Locale.ROOT, "%.0f", median(times))};
    }

    private static void pool(int workers, List<String> options, String cp) throws Exception {
        try (var pool = new ProcessPool(workers, List.of(PrintLines.class), options, cp)) {
            var futures = new ArrayList<TaskFuture>();
            for (int i = 0; i < 100; i++) futures.add(pool.submit(PrintLines.class, "task" + i + " 1000"));
            for (var f : futures) f.get();
        }
    }

    private static void threads(int n) throws Exception {
        var saved = System.out;
        System.setOut(discard());
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < 100; i++) {
                String arg = "task" + i + " 1000";
                pool.submit(() -> new PrintLines().run(arg));
            }
        } finally {
            System.setOut(saved);
        }
    }

    private static PrintStream discard() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private static double median(double[] values) {
        var v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static String startTable(List<StartRow> rows, String machine) {
        var sb = new StringBuilder("// Generated by StartupCost; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(".Starting one worker JVM (median of ").append(STARTS).append(" starts, one after another)\n");
        sb.append("[cols=\"3,1,1\",options=\"header\"]\n|===\n|How the worker JVM started |Until READY (ms) |Until its first reply (ms)\n");
        for (var r : rows) sb.append(String.format(Locale.ROOT, "|%s |%.0f |%.0f%n", r.variant(), r.readyMs(), r.firstReplyMs()));
        sb.append("|===\n\n").append(machine);
        return sb.toString();
    }

    private static String seedTable(List<String[]> rows, String machine) {
        var sb = new StringBuilder("// Generated by StartupCost; do not edit. Re-run the command below to measure your machine.\n");
        sb.append(".The seed program, 100 tasks x 1000 lines, start to finish (median of ").append(SEED_ROUNDS).append(" runs)\n");
        sb.append("[cols=\"3,1\",options=\"header\"]\n|===\n|How the tasks ran |Total (ms)\n");
        for (var r : rows) sb.append("|").append(r[0]).append(" |").append(r[1]).append('\n');
        sb.append("|===\n\n").append(machine);
        return sb.toString();
    }



}
