package workbook.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How the worker JVMs that some exercises' tests start (chapter 03's ProcessPool workers, a process per task) start
 * quickly: the child JVM tells the tests (system properties read by exercises.support.WorkerJvm) to give them the
 * quick JIT alone, the serial GC and no perf data file, and, on a JDK 25+, an AOT cache of the classes a worker
 * loads (JEP 483/514/515). Each such test starts 2 to 4 of them, so their start-up was most of those exercises'
 * checks: a worker took about 0.28 s of CPU (user+sys) to say READY with the JVM's defaults, 0.17 s like this
 * (medians of 5 and 3 batches of 10 starts in a row, load 5).
 *
 * <p>The cache is made by a training run of chapter 03's worker ({@value #WORKER} running one {@value #TASK}) on the
 * exercises' class path, once per build of the tool (next to the child JVMs' own cache, which a rebuild deletes with
 * it). The workers get that class path first (the exercise's class folders after it), as an AOT cache requires: a
 * worker whose class path does not start with the cache's ignores the cache, and so does one of another JDK.
 */
final class WorkerCache {

    /** System property (in the child JVM): the worker JVMs' quick-start options, separated by spaces. */
    static final String OPTIONS_PROPERTY = "exercises.worker.options";
    /** System property (in the child JVM): the AOT cache the worker JVMs use once it exists. */
    static final String CACHE_PROPERTY = "exercises.worker.aot";
    /** The quick-start options: a worker lives for a second or less. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");
    /** The worker the training runs, and the task it runs once (both in chapter 03's jar). */
    static final String WORKER = "workbook.ch03.Worker";
    static final String TASK = "workbook.ch03.PrintLines";
    /** How long a training run (the worker, then the JVM that assembles the cache) may take before it is killed. */
    private static final long LIMIT_SECONDS = 60;

    private static final AtomicBoolean training = new AtomicBoolean();
    private static volatile Process trainee;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            var p = trainee;
            if (p != null) kill(p); // no process outlives the tool
        }, "learn-kill-worker-training"));
    }

    private WorkerCache() {}

    /** The cache next to the child JVMs' archive (child.jsa -> worker.aot). */
    static Path of(Path archive) {
        return archive.resolveSibling("worker.aot");
    }

    /** The child JVM's options that pass all this on to the tests; {@code archive} may be null (no cache then). */
    static List<String> childOptions(Path archive) {
        var options = new ArrayList<>(List.of("-D" + OPTIONS_PROPERTY + "=" + String.join(" ", OPTIONS)));
        if (archive != null && Runtime.version().feature() >= 25) options.add("-D" + CACHE_PROPERTY + "=" + of(archive));
        return options;
    }

    /** Makes the cache in the background unless it is there (or being made), on a JDK 25+. */
    static void trainInBackground(String classPath, Path archive) {
        if (!needed(archive)) return;
        Thread.ofPlatform().name("learn-worker-training").daemon().start(() -> train(classPath, archive));
    }

    private static boolean needed(Path archive) {
        return archive != null && Runtime.version().feature() >= 25 && !Files.isRegularFile(of(archive));
    }

    /**
     * Makes the cache now unless it is there (or another thread makes it): runs the worker with the exercises' class
     * path, sends it one task, waits for the answer, then ends its input, so it exits and the JVM writes the cache.
     * Quietly makes none when anything goes wrong (another class path, no chapter 03): the workers then start without.
     */
    static void train(String classPath, Path archive) {
        if (!needed(archive) || !training.compareAndSet(false, true)) return;
        var cache = of(archive);
        var output = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:AOTCacheOutput=" + output, "-Xlog:aot=off", "-Xlog:cds=off"));
            command.addAll(OPTIONS);
            command.addAll(List.of("-cp", classPath, WORKER, TASK));
            var p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            trainee = p;
            var token = "training";
            var argument = Base64.getEncoder().encodeToString("training 3".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().write((token + "\nRUN 1 " + TASK + " " + argument + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
            var answered = new AtomicBoolean();
            var reader = Thread.ofPlatform().daemon().start(() -> {
                try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith(token + " OK 1 ") || line.startsWith(token + " ERR ")) {
                            answered.set(true);
                            p.getOutputStream().close(); // the worker exits at the end of its input, and the JVM writes the cache
                        }
                    }
                } catch (IOException e) {
                    // the worker is gone
                }
            });
            if (p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS) && answered.get() && p.exitValue() == 0 && Files.isRegularFile(output)) {
                Files.move(output, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                kill(p);
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            // no cache: the workers start without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            var p = trainee;
            if (p != null) kill(p);
            trainee = null;
            try {
                Files.deleteIfExists(output);
                Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
            } catch (IOException e) {
                // left in .learn/tool/, removed with the next rebuild
            }
            training.set(false);
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
