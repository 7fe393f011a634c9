package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import workbook.bench.Machine;
import workbook.testkit.ProcessGate;

/**
 * The orphan test again and again, with every core kept busy by spinning threads: each run SIGKILLs a parent
 * whose pool has one busy and one idle worker (every other run the busy one is stopped with SIGSTOP first),
 * and measures how long after the kill the last worker has exited. Run with
 * {@value #COMMAND}; {@code -Dstress.results=<file>} writes min, median and max to an AsciiDoc table.
 */
@Tag("stress")
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class WorkersGoWithTheirParentStressTest {

    static final String COMMAND = "./mvnw -q -pl chapters/03-process-pools -am verify -Pstress";
    private static final Duration LIMIT = Duration.ofSeconds(2);

    @AfterEach
    void noProcessOutlivesATest() {
        Processes.killLeftovers();
    }

    @Test
    void everyWorkerIsGoneWithinTwoSecondsOfItsParentsSigkillUnderLoad() throws Exception {
        int runs = Integer.getInteger("stress.runs", 8);
        boolean stopOne = ProcessPool.SETPRIV.isPresent() && Processes.canSignal(); // a stopped worker needs the signal
        var exitMillis = new ArrayList<Double>();
        var loads = new ArrayList<Double>();
        try (var load = CpuLoad.twoPerCore()) {
            for (int run = 0; run < runs; run++) {
                loads.add(loadAverage());
                double millis = killParentAndTimeTheLastExit(stopOne && run % 2 == 1);
                exitMillis.add(millis);
                assertThat(millis).as("run %d: ms from the parent's SIGKILL to its workers' last exit", run)
                        .isLessThan(LIMIT.toMillis());
            }
        }
        var results = System.getProperty("stress.results");
        if (results != null && !results.isBlank()) write(Path.of(results), runs, stopOne, exitMillis, loads);
    }

    /** One run: the ms from the kill until the parent's stderr, which both workers inherited, reaches end of file. */
    private static double killParentAndTimeTheLastExit(boolean stopTheBusyOne) throws Exception {
        try (var gate = new ProcessGate()) {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PoolHolder.class.getName(), gate.argument()).start();
            var eofAt = new AtomicLong();
            var stderr = Thread.ofPlatform().start(() -> drain(parent.getErrorStream(), eofAt));
            var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            var pids = Arrays.stream(out.readLine().substring("pids ".length()).split(" ")).map(Long::parseLong).toList();
            try {
                long busy = gate.awaitStarted();
                if (stopTheBusyOne) Processes.signal(busy, "STOP");
                long killedAt = System.nanoTime();
                parent.destroyForcibly();
                parent.waitFor();
                assertThat(stderr.join(Duration.ofSeconds(30))).as("workers %s", Processes.describe(pids)).isTrue();
                return (eofAt.get() - killedAt) / 1e6;
            } finally {
                Processes.kill(pids);
            }
        }
    }

    private static void drain(InputStream in, AtomicLong eofAt) {
        try (in) {
            in.transferTo(System.err);
        } catch (IOException ignored) {
            // ended
        }
        eofAt.set(System.nanoTime());
    }

    /** The 1-minute load average from /proc/loadavg, or NaN where there is none. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void write(Path file, int runs, boolean stopOne, List<Double> exitMillis, List<Double> loads) throws IOException {
        var sorted = exitMillis.stream().sorted().toList();
        var table = new StringBuilder();
        table.append("[cols=\"3,1,1,1\",options=\"header\"]\n|===\n|From the parent's SIGKILL to its last worker's exit |Min (ms) |Median (ms) |Max (ms)\n");
        table.append(String.format(Locale.ROOT, "|%d runs%s, %d spinning threads |%.0f |%.0f |%.0f%n|===%n%n", runs,
                stopOne ? " (every other one with the busy worker stopped by SIGSTOP)" : "",
                2 * Runtime.getRuntime().availableProcessors(), sorted.getFirst(), median(sorted), sorted.getLast()));
        table.append(String.format(Locale.ROOT, "Load average (1 min) before each run: median %.1f, max %.1f. ",
                median(loads), loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        table.append(Machine.measuredWith(COMMAND));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, table);
    }
}
