package workbook.learn;

import workbook.bench.Machine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import workbook.learn.Catalog.Exercise;

/**
 * Measures the learner's loop as a learner gets it (a benchmark, not a test), through the real {@code ./learn}
 * script in the workbook it is given, in one run:
 * <ol>
 *   <li>the first {@code ./learn} (it builds the tool): {@code ./learn list} in a fresh clone of the workbook's
 *       last commit;</li>
 *   <li>watch: {@code ./learn watch <exercise>} (plain output, commands on its standard input), and the time
 *       from writing the exercise's file to the verdict line it prints, for {@value #JOIN_SAVES} saves of
 *       join-every-thread (its wrong samples of solutions/wrong/, in turn, then the reference solution:
 *       median and 90th percentile) and for {@value #OTHER_SAVES} saves of every other exercise except
 *       {@value #SKIPPED} (its first wrong samples, then its reference solution: median). Only the last
 *       save passes: watch goes on to the next exercise once one passes. After each verdict
 *       it waits {@value #THINK_MILLIS} ms, as a learner reads the verdict before saving again, and
 *       {@value #FIRST_EDIT_MILLIS} ms before the first save, as a learner opens the file and writes something;</li>
 *   <li>{@code ./learn check join-every-thread} with the reference solution in the stub, one unmeasured run
 *       then {@value #CHECK_RUNS} measured ones, each a new process as the learner's shell starts it;</li>
 *   <li>the plain Maven command for the same exercise, {@value #MAVEN_RUNS} runs.</li>
 * </ol>
 * Every stub it writes is put back as it was at the end. Writes the medians, every sample, the commands, the
 * machine and its load (the 1-minute load average before and after each part) to the file named by the
 * second argument. Run it with the command in {@link #COMMAND}.
 *
 * <p>To measure only some parts (before and after a change, say), name them in the environment variable
 * {@value #ONLY}, separated by commas: exercise names (their watch), {@code first}, {@code check}, {@code maven};
 * e.g. {@code LEARN_BENCHMARK_ONLY=wait-for-the-workers,check}. Such a partial run prints its report and writes no
 * file. The first argument may be another copy of the workbook (a clone of an earlier commit): its own ./learn is
 * measured.
 */
public final class WatchBenchmark {

    static final String COMMAND = "./mvnw -q -pl learn-tool -am package -DskipTests -Dexec.skip=true && ./mvnw -q -pl learn-tool exec:exec@benchmark";
    static final String MAVEN_COMMAND = "./mvnw -q -o -pl exercises -am test -Dtest=JoinEveryThreadTest -Dsurefire.failIfNoSpecifiedTests=false";
    static final String JOIN = "join-every-thread";
    static final String SKIPPED = "wait-for-the-cluster";
    static final int JOIN_SAVES = 21;
    static final int OTHER_SAVES = 5;
    static final int CHECK_RUNS = 7;
    static final int MAVEN_RUNS = 3;
    static final long THINK_MILLIS = 1500;
    /**
     * Before the first save: a learner who starts watch opens the file and writes a first version, which takes longer
     * than the watch's warm-up in the background (compiling the untouched stub, the child JVM loading JUnit).
     */
    static final long FIRST_EDIT_MILLIS = 5000;
    static final String ONLY = "LEARN_BENCHMARK_ONLY";
    /** The parts named in {@value #ONLY}, or null for all. */
    private static final java.util.Set<String> only = System.getenv(ONLY) == null || System.getenv(ONLY).isBlank() ? null
            : java.util.Set.of(System.getenv(ONLY).strip().split(" *, *"));

    private static boolean measured(String part) {
        return only == null || only.contains(part);
    }

    private record Line(String text, long at) {}

    private final Path root;
    private final Workbook workbook;
    private final Map<Path, byte[]> originals = new LinkedHashMap<>();
    private final StringBuilder report = new StringBuilder();

    private WatchBenchmark(Path root) {
        this.root = root;
        this.workbook = Workbook.at(root);
    }

    public static void main(String[] args) throws Exception {
        var root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        var results = Path.of(args.length > 1 ? args[1] : "learn-tool/results/watch-latency.txt");
        var bench = new WatchBenchmark(root);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::restore));
        String text;
        try {
            text = bench.measure();
        } finally {
            bench.restore();
        }
        if (only == null) {
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, text);
        }
        System.out.print(text);
    }

    private String measure() throws Exception {
        run(List.of("./learn", "help"), null); // builds the tool if it is not built yet: not measured
        var head = new StringBuilder();
        head.append("# The learner's loop through ./learn (watch: save -> verdict line; check: one command), and the plain Maven check, in one run\n");
        head.append("# made by: ").append(COMMAND).append('\n');
        head.append("# date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        head.append("# machine: ").append(Machine.description()).append('\n');
        head.append("# load at the start (uptime): ").append(uptime()).append('\n');
        head.append("# watch: ./learn watch <exercise>, plain output; each save writes a sample of solutions/ into the stub, ")
                .append(THINK_MILLIS).append(" ms after the previous verdict (the first ").append(FIRST_EDIT_MILLIS)
                .append(" ms after the stub's)\n#\n");
        if (only != null) head.append("# only: ").append(ONLY).append('=').append(String.join(",", new java.util.TreeSet<>(only))).append('\n');
        report.append(head);

        if (measured("first")) firstRun();

        var join = workbook.find(JOIN);
        if (measured(JOIN)) joinEveryThread(join);
        var medians = new ArrayList<Long>();
        for (var ex : workbook.exercises()) {
            if (ex.name().equals(JOIN) || ex.name().equals(SKIPPED) || !measured(ex.name())) continue;
            var versions = new ArrayList<>(samples("wrong", ex).stream().limit(OTHER_SAVES - 1).toList());
            versions.add(solution(ex));
            var millis = watch(ex, versions);
            medians.add(median(millis));
            report.append(String.format(Locale.ROOT, "watch %s: median %d ms over %d saves; load after: %s%n",
                    ex.name(), median(millis), millis.size(), uptime()));
        }
        if (!medians.isEmpty()) {
            report.append(String.format(Locale.ROOT, "watch, every exercise%s but %s and %s: the highest median is %d ms%n#%n",
                    only == null ? "" : " measured", JOIN, SKIPPED, medians.stream().mapToLong(Long::longValue).max().orElse(0)));
        }
        if (measured("check")) check(join);
        if (measured("maven")) maven();
        return report.toString();
    }

    private void joinEveryThread(Exercise join) throws Exception {
        // Wrong samples only, then the solution: watch moves on to the next exercise once one passes.
        var wrong = samples("wrong", join);
        var joinVersions = new ArrayList<Path>();
        for (int i = 0; joinVersions.size() < JOIN_SAVES - 1; i++) joinVersions.add(wrong.get(i % wrong.size()));
        joinVersions.add(solution(join));
        var joinMillis = watch(join, joinVersions);
        report.append(String.format(Locale.ROOT, "watch %s: median %d ms, 90th percentile %d ms over %d saves; load after: %s%n",
                JOIN, median(joinMillis), percentile(joinMillis, 90), joinMillis.size(), uptime()));
    }

    private void check(Exercise join) throws Exception {
        write(join, solution(join));
        var checkMillis = new ArrayList<Long>();
        report.append("# ./learn check ").append(JOIN).append(" (the reference solution in the stub), load before: ").append(uptime()).append('\n');
        run(List.of("./learn", "check", JOIN), null); // unmeasured: writes the class-data archives if they are missing
        for (int i = 0; i < CHECK_RUNS; i++) {
            var first = new StringBuilder();
            long took = run(List.of("./learn", "check", JOIN), first);
            checkMillis.add(took);
            report.append(String.format(Locale.ROOT, "#   %d ms  %s%n", took, first));
        }
        report.append(String.format(Locale.ROOT, "./learn check %s: median %d ms over %d runs; every sample (ms): %s; load after: %s%n",
                JOIN, median(checkMillis), checkMillis.size(), checkMillis, uptime()));
    }

    private void maven() throws Exception {
        var mavenMillis = new ArrayList<Long>();
        for (int i = 0; i < MAVEN_RUNS; i++) mavenMillis.add(run(List.of(MAVEN_COMMAND.split(" ")), null));
        report.append(String.format(Locale.ROOT, "%s (same solution): median %d ms over %d runs; every sample (ms): %s; load after: %s%n",
                MAVEN_COMMAND, median(mavenMillis), mavenMillis.size(), mavenMillis, uptime()));
    }

    /**
     * The first ./learn of a learner: a fresh clone of the workbook's last commit (git clone, so no target/ and
     * no .learn/; the Maven repository as it is), then {@code ./learn list} in it, which builds the tool.
     */
    private void firstRun() throws IOException, InterruptedException {
        var clone = Files.createTempDirectory("learn-first-run-").resolve("workbook");
        try {
            report.append("# first ./learn: git clone -q ").append(root).append(" (its last commit), then ./learn list in the clone, load before: ")
                    .append(uptime()).append('\n');
            run(root, List.of("git", "clone", "-q", root.toString(), clone.toString()), null);
            var first = new StringBuilder();
            long took = run(clone, List.of("./learn", "list"), first);
            report.append(String.format(Locale.ROOT, "first ./learn list in a fresh clone: %d ms (%s); load after: %s%n#%n", took, first, uptime()));
        } finally {
            try (Stream<Path> all = Files.walk(clone.getParent())) {
                for (var p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** The sample files of solutions/<kind>/<exercise>/<sample>/, in name order. */
    private List<Path> samples(String kind, Exercise ex) throws IOException {
        var dir = root.resolve("solutions").resolve(kind).resolve(ex.name());
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private Path solution(Exercise ex) {
        var stub = workbook.stubFiles(ex).getFirst();
        return root.resolve("solutions/src/main/java").resolve(root.resolve("exercises/src/main/java").relativize(stub));
    }

    /** Writes a sample over the exercise's stub (its one file), keeping the original to put back. */
    private void write(Exercise ex, Path version) throws IOException {
        var stub = workbook.stubFiles(ex).getFirst();
        synchronized (originals) {
            if (!originals.containsKey(stub)) originals.put(stub, Files.readAllBytes(stub));
        }
        Files.write(stub, Files.readAllBytes(version));
    }

    private void restore() {
        synchronized (originals) {
            originals.forEach((file, bytes) -> {
                try {
                    Files.write(file, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs ./learn watch on one exercise, saves each version in turn, and returns each save's time to its verdict. */
    private List<Long> watch(Exercise ex, List<Path> versions) throws Exception {
        var process = new ProcessBuilder("./learn", "watch", ex.name()).directory(root.toFile()).redirectErrorStream(true).start();
        var lines = new LinkedBlockingQueue<Line>();
        Thread.ofPlatform().daemon().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) {
                    lines.add(new Line(l, System.nanoTime()));
                    System.err.println("  | " + l); // the watch as it goes, for whoever runs the benchmark
                }
            } catch (IOException e) {
                // the watch ended
            }
        });
        var millis = new ArrayList<Long>();
        report.append("# watch ").append(ex.name()).append(", load before: ").append(uptime()).append('\n');
        try (OutputStream keys = process.getOutputStream()) {
            awaitVerdict(lines, ex); // the check of the stub as it is when watch starts
            boolean first = true;
            for (var version : versions) {
                Thread.sleep(first ? FIRST_EDIT_MILLIS : THINK_MILLIS); // the learner reads the verdict, edits, saves
                first = false;
                lines.clear();
                long start = System.nanoTime();
                write(ex, version);
                var verdict = awaitVerdict(lines, ex);
                long took = TimeUnit.NANOSECONDS.toMillis(verdict.at() - start);
                millis.add(took);
                var line = String.format(Locale.ROOT, "#   %5d ms  %-40s %s%n", took, version.getParent().getFileName(), verdict.text());
                report.append(line);
                System.err.print(line);
            }
            keys.write("q\n".getBytes(StandardCharsets.UTF_8));
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        return millis;
    }

    private static Line awaitVerdict(BlockingQueue<Line> lines, Exercise ex) throws InterruptedException {
        while (true) {
            var line = lines.poll(3, TimeUnit.MINUTES);
            if (line == null) throw new IllegalStateException("./learn watch " + ex.name() + " printed no verdict for 3 minutes");
            for (var s : Verdict.Status.values()) {
                if (line.text().startsWith(s.word + " " + ex.name() + ":")) return line;
            }
        }
    }

    /** Runs a command in the workbook and returns how long it took; its first line goes to {@code firstLine}. */
    private long run(List<String> command, StringBuilder firstLine) throws IOException, InterruptedException {
        return run(root, command, firstLine);
    }

    private long run(Path dir, List<String> command, StringBuilder firstLine) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        long start = System.nanoTime();
        var process = pb.start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (firstLine != null) firstLine.append(out.lines().findFirst().orElse("")).append(" (exit code ").append(process.exitValue()).append(')');
        return took;
    }

    static String uptime() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "(unknown: no /proc/loadavg)";
        }
    }

    static long median(List<Long> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it. */
    static long percentile(List<Long> values, int p) {
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
