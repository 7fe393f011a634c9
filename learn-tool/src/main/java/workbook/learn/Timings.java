package workbook.learn;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of a check goes, for whoever makes the tool faster: {@code LEARN_TIMINGS=1 ./learn check ...}
 * (or {@code ./learn --timings check ...}) makes ./learn pass the time it started as the system property
 * {@value #PROPERTY} (nanoseconds since the epoch), and each check then prints a breakdown to the standard
 * error: the launcher script, the tool's JVM start, compiling, waiting for the child JVM, JUnit's discovery,
 * each test (measured in the child), the rest, and the CPU time each JVM used. Off (and free) without the
 * property, but for the child's few TIMING records, which the tool then ignores.
 */
final class Timings {

    static final String PROPERTY = "learn.timings";

    private record Mark(String what, long nanos) {}

    private final boolean on;
    private final List<Mark> marks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Timings(boolean on) {
        this.on = on;
    }

    /** Marks nothing (for work in the background, not part of a check). */
    static Timings off() {
        return new Timings(false);
    }

    static Timings fromSystem() {
        return new Timings(System.getProperty(PROPERTY) != null);
    }

    boolean on() {
        return on;
    }

    /** Remembers that {@code what} ended now. */
    synchronized void mark(String what) {
        if (on) marks.add(new Mark(what, System.nanoTime()));
    }

    /** A line measured elsewhere (in the child JVM). */
    synchronized void note(String line) {
        if (on) notes.add(line);
    }

    /**
     * Prints what was marked since the last print (the first time: since the script started) and the notes,
     * then forgets them; nothing when off.
     */
    synchronized void print(PrintStream err) {
        if (!on || marks.isEmpty()) return;
        var text = new StringBuilder("timings (ms):\n");
        long nowNanos = System.nanoTime();
        if (printedUpTo == Long.MIN_VALUE) {
            var now = Instant.now();
            // The epoch instants of the script's start and of this JVM's start, turned into System.nanoTime values.
            long scriptStart = scriptStartNanos(now, nowNanos);
            // Not ProcessHandle's start: ./learn execs java, so the process started with the script.
            long jvmStart = nowNanos - Duration.between(Instant.ofEpochMilli(
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()), now).toNanos();
            if (scriptStart != Long.MIN_VALUE && jvmStart != Long.MIN_VALUE) {
                line(text, "the launcher script (finding the JDK, the build's digest), to the tool's JVM start", jvmStart - scriptStart);
            }
            printedUpTo = jvmStart;
            if (scriptStart != Long.MIN_VALUE) total = scriptStart;
        }
        for (var m : marks) {
            if (printedUpTo != Long.MIN_VALUE) line(text, m.what(), m.nanos() - printedUpTo);
            printedUpTo = m.nanos();
        }
        if (total != Long.MIN_VALUE) line(text, "in all, since the script started", printedUpTo - total);
        text.append("           the tool's JVM: CPU ").append(cpuMillis()).append(" ms since its start\n");
        for (var n : notes) text.append("           ").append(n).append('\n');
        marks.clear();
        notes.clear();
        err.print(text);
        err.flush();
    }

    private long printedUpTo = Long.MIN_VALUE;
    private long total = Long.MIN_VALUE;

    /** The CPU time this JVM has used so far (every thread, the JIT and the GC), -1 where the system does not say. */
    static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static void line(StringBuilder text, String what, long nanos) {
        text.append(String.format(Locale.ROOT, "  %7.1f  %s%n", nanos / 1e6, what));
    }

    private static long scriptStartNanos(Instant now, long nowNanos) {
        try {
            long epochNanos = Long.parseLong(System.getProperty(PROPERTY, ""));
            long nowEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            return nowNanos - (nowEpochNanos - epochNanos);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
