package workbook.ch02;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs NeverShutDown in a child JVM (this JVM's java, this JVM's class path), reads its output up to the
 * line it prints once its main thread has ended, checks that the child is still running, then stops it.
 */
public final class WatchNeverShutDown {

    private WatchNeverShutDown() {}

    record Observation(List<String> lines, boolean aliveAfterMainReturned) {}

    static Process startChild(String... args) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), NeverShutDown.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's lines until it reports that main has returned; then asks whether it is still alive. */
    static Observation watch(Process child) throws IOException {
        var lines = new ArrayList<String>();
        var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            lines.add(line);
            if (line.startsWith(NeverShutDown.MAIN_RETURNED)) {
                break;
            }
        }
        return new Observation(lines, child.isAlive());
    }

    public static void main(String[] args) throws Exception {
        Process child = startChild();
        try {
            var seen = watch(child);
            seen.lines().forEach(l -> System.out.println("child> " + l));
            System.out.println("child JVM still running after its main returned: " + seen.aliveAfterMainReturned());
        } finally {
            child.destroy(); // SIGTERM on Linux and macOS, as `kill` would send: exit code 143 (128 + 15)
            System.out.println("stopped it from outside; exit code " + child.waitFor());
        }
    }
}
