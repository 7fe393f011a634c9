package workbook.learn;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The tool's side of one {@link Child} JVM: starts it, sends it requests, hands its records over one by one
 * (ending with an END record holding its exit code once its output ends), and kills it with every process it
 * started. Every child still alive when the tool's JVM ends is killed then.
 */
final class ChildJvm implements AutoCloseable {

    /** The records a child sends end with this one: its output closed; the field is its exit code. */
    static final String END = "END";

    private static final Set<ChildJvm> alive = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> alive.forEach(ChildJvm::kill), "learn-kill-children"));
    }

    /** True while a child of this JVM writes the AOT cache (one at a time: they would write the same file). */
    private static final java.util.concurrent.atomic.AtomicBoolean training = new java.util.concurrent.atomic.AtomicBoolean();

    private final Process process;
    private final Writer requests;
    /** The AOT cache this child writes when it ends cleanly (a name of its own, moved into place then), or null. */
    private Path aotOutput;
    private Path aotCache;
    private final BlockingQueue<Wire.Record> records = new LinkedBlockingQueue<>();
    /** What the child printed outside the protocol: the JVM's own messages, a worker JVM's output. */
    final BoundedLines stray = new BoundedLines();

    private ChildJvm(Process process) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        alive.add(this);
        daemon("learn-child-out", () -> read(process.getInputStream(), true));
        daemon("learn-child-err", () -> read(process.getErrorStream(), false));
    }

    /**
     * Starts a child JVM with the tool's class path ({@code toolClassPath}: ./learn's JVM's own) plus {@code classPath}.
     *
     * @param archive a class-data archive to create on the first run and use after, or null. On a JDK 25+ an
     *        AOT cache (JEP 483/514/515: classes loaded and linked, and method profiles, from a run that ended
     *        cleanly) named like it with .aot replaces it: the child gets ready in half the time and CPU.
     */
    static ChildJvm start(String toolClassPath, String classPath, Path archive, List<String> jvmOptions) {
        var entries = new ArrayList<String>(List.of(toolClassPath.split(File.pathSeparator)));
        for (var e : classPath.split(File.pathSeparator)) {
            if (!e.isBlank() && !entries.contains(e)) entries.add(e);
        }
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path aotCache = null, aotOutput = null;
        if (archive != null && Runtime.version().feature() >= 25) {
            aotCache = aotCacheOf(archive);
            if (Files.isRegularFile(aotCache)) {
                command.add("-XX:AOTCache=" + aotCache); // one that does not fit this JVM is ignored
            } else if (training.compareAndSet(false, true)) {
                aotOutput = aotCache.resolveSibling(aotCache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:AOTCacheOutput=" + aotOutput);
            }
            command.addAll(List.of("-Xlog:aot=off", "-Xlog:cds=off"));
        } else if (archive != null) {
            command.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, entries), Child.class.getName()));
        try {
            var child = new ChildJvm(new ProcessBuilder(command).start());
            child.aotCache = aotCache;
            child.aotOutput = aotOutput;
            return child;
        } catch (IOException e) {
            if (aotOutput != null) training.set(false);
            throw new Workbook.LearnerError("Could not start a JVM to run the tests (" + command.getFirst() + "): " + e.getMessage());
        }
    }

    /** The AOT cache that replaces the class-data archive {@code archive} on a JDK 25+: child.jsa -> child.aot. */
    static Path aotCacheOf(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().replaceFirst("\\.jsa$", "") + ".aot");
    }

    private void read(java.io.InputStream stream, boolean protocol) {
        try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                var record = protocol ? Wire.decode(line) : null;
                if (record != null) {
                    records.add(record);
                } else if (!line.isEmpty()) {
                    stray.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
        if (!protocol) return;
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        records.add(new Wire.Record(END, List.of(String.valueOf(process.exitValue()))));
    }

    /** Sends one request; false when the child is gone. */
    boolean send(String type, Object... fields) {
        try {
            requests.write(Wire.encode(type, fields) + "\n");
            requests.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next record, or null when none came before {@code deadline} (System.nanoTime). */
    Wire.Record next(long deadline) throws InterruptedException {
        return records.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the child and whatever it started, and waits for it to be gone. */
    void kill() {
        alive.remove(this);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        trained(false);
    }

    /**
     * Asks an idle child to end (it writes its class-data archive then); kills it if it does not soon. A child
     * that writes the AOT cache gets longer: it starts another JVM to put the cache together (a few seconds, once).
     */
    @Override
    public void close() {
        try {
            requests.close();
            if (process.waitFor(aotOutput == null ? 5 : 60, TimeUnit.SECONDS)) {
                alive.remove(this);
                trained(process.exitValue() == 0);
                return;
            }
        } catch (IOException e) {
            // gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** A training child has ended: its cache is moved into place if it ended cleanly, else thrown away. */
    private void trained(boolean cleanly) {
        var output = aotOutput;
        if (output == null) return;
        aotOutput = null;
        try {
            if (cleanly && Files.isRegularFile(output)) {
                Files.move(output, aotCache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // no cache this time: the next child trains again
        } finally {
            try {
                Files.deleteIfExists(output);
                Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
            } catch (IOException e) {
                // left over in .learn/tool/, removed with the next rebuild
            }
            training.set(false);
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread.ofPlatform().name(name).daemon().start(body);
    }
}
