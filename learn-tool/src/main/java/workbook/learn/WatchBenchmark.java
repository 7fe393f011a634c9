package workbook.learn;

import workbook.bench.Machine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures the learner's loop (a benchmark, not a test):
 * <ol>
 *   <li>watch mode: the time from writing the exercise file to the verdict line, over several saves that
 *       alternate between two wrong samples and end with the reference solution (on a temp copy holding
 *       only that exercise, with file events, in this one JVM, as ./learn watch runs);</li>
 *   <li>the plain Maven command for one exercise, a few runs, each a new Maven JVM and a forked test JVM.</li>
 * </ol>
 * Writes the medians, every sample, the commands and the machine to the file named by the second argument.
 * Run it with: {@code ./mvnw -q -pl learn-tool -am package -DskipTests && ./mvnw -q -pl learn-tool exec:exec@benchmark}
 */
public final class WatchBenchmark {

    static final String MAVEN_COMMAND = "./mvnw -q -pl exercises -am test -Dtest=JoinEveryThreadTest";
    static final int SAVES = 11;
    static final int MAVEN_RUNS = 3;

    private record Line(String text, long at) {}

    public static void main(String[] args) throws Exception {
        var root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        var results = Path.of(args.length > 1 ? args[1] : "learn-tool/results/watch-latency.txt");
        var watchMillis = watchLatencies(root);
        var mavenMillis = mavenTimes(root);

        var text = new StringBuilder();
        text.append("# Save-to-verdict latency of ./learn watch, and the plain Maven check of one exercise\n");
        text.append("# made by: ./mvnw -q -pl learn-tool -am package -DskipTests && ./mvnw -q -pl learn-tool exec:exec@benchmark\n");
        text.append("# date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("# machine: ").append(Machine.description()).append('\n');
        text.append("# jdk: ").append(System.getProperty("java.vendor")).append(' ').append(System.getProperty("java.version")).append('\n');
        text.append("#\n");
        text.append(String.format("watch (file events, one JVM): median %d ms over %d saves of join-every-thread; every sample (ms): %s%n",
                median(watchMillis), watchMillis.size(), watchMillis));
        text.append(String.format("%s: median %d ms over %d runs; every sample (ms): %s%n",
                MAVEN_COMMAND, median(mavenMillis), mavenMillis.size(), mavenMillis));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, text);
        System.out.print(text);
    }

    private static List<Long> watchLatencies(Path realRoot) throws Exception {
        var copy = Files.createTempDirectory("learn-benchmark");
        var workbook = Workbook.at(realRoot).copyWith(copy, List.of("join-every-thread"));
        var stub = copy.resolve("exercises/src/main/java/exercises/joineverythread/JoinEveryThread.java");
        var wrong = realRoot.resolve("solutions/wrong/join-every-thread");
        var versions = List.of(wrong.resolve("no-join/JoinEveryThread.java"), wrong.resolve("join-only-the-last/JoinEveryThread.java"));
        var solution = realRoot.resolve("solutions/src/main/java/exercises/joineverythread/JoinEveryThread.java");

        var lines = new LinkedBlockingQueue<Line>();
        var out = new PrintStream(new LineSink(lines), true, StandardCharsets.UTF_8);
        var millis = new ArrayList<Long>();
        try (var checker = new Checker(workbook).warm(); // as ./learn watch: a child JVM started ahead of the first save
             var watch = new Watch(workbook, checker, new Progress(workbook, checker), out, false)) {
            var thread = Thread.ofPlatform().name("benchmark-watch").start(() -> {
                try {
                    watch.run(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            await(lines, "-- watching");
            for (int i = 0; i < SAVES; i++) {
                var version = i == SAVES - 1 ? solution : versions.get(i % versions.size());
                var content = Files.readAllBytes(version);
                long start = System.nanoTime();
                Files.write(stub, content);
                var verdict = awaitVerdict(lines);
                millis.add(TimeUnit.NANOSECONDS.toMillis(verdict.at() - start));
                if (i < SAVES - 1) await(lines, "-- watching");
            }
            watch.close();
            thread.join(TimeUnit.MINUTES.toMillis(1));
        }
        return millis;
    }

    private static Line awaitVerdict(BlockingQueue<Line> lines) throws InterruptedException {
        while (true) {
            var line = next(lines);
            for (var s : Verdict.Status.values()) {
                if (line.text().startsWith(s.word + " join-every-thread")) return line;
            }
        }
    }

    private static void await(BlockingQueue<Line> lines, String prefix) throws InterruptedException {
        while (!next(lines).text().startsWith(prefix)) {
            // skip to it
        }
    }

    private static Line next(BlockingQueue<Line> lines) throws InterruptedException {
        var line = lines.poll(2, TimeUnit.MINUTES);
        if (line == null) throw new IllegalStateException("watch printed nothing for 2 minutes");
        return line;
    }

    private static List<Long> mavenTimes(Path root) throws IOException, InterruptedException {
        var times = new ArrayList<Long>();
        for (int i = 0; i < MAVEN_RUNS; i++) {
            var pb = new ProcessBuilder("./mvnw", "-q", "-pl", "exercises", "test", "-Dtest=JoinEveryThreadTest")
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            long start = System.nanoTime();
            var process = pb.start();
            process.waitFor(); // it fails on the untouched stub: that is the verdict a learner waits for
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return times;
    }

    static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Time-stamps each line as it is completed. */
    private static final class LineSink extends OutputStream {
        private final BlockingQueue<Line> lines;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        LineSink(BlockingQueue<Line> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(new Line(pending.toString(StandardCharsets.UTF_8), System.nanoTime()));
                pending.reset();
            } else {
                pending.write(b);
            }
        }
    }
}
