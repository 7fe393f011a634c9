package workbook.ch04;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link CommonPoolExit} in a child JVM (this JVM's java and class path) and reports how it ended.
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=common-pool-exit</pre>
 */
public final class WatchCommonPoolExit {

    private WatchCommonPoolExit() {}

    /** What the child printed and its exit status. */
    record Ended(List<String> lines, int exitStatus) {}

    static Ended runChild() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CommonPoolExit.class.getName())
                .redirectErrorStream(true)
                .start();
        // The output is two short lines, which fit in the pipe's buffer: wait for the exit first, then read.
        boolean exited = child.waitFor(30, TimeUnit.SECONDS);   // a safety net only: the child exits by itself
        if (!exited) child.destroyForcibly().waitFor();
        List<String> lines;
        try (var reader = child.inputReader(StandardCharsets.UTF_8)) {
            lines = reader.lines().toList();
        }
        if (!exited) {
            throw new IllegalStateException("the child JVM was still running after 30 s: on this JDK its task did not run on"
                    + " a daemon thread (see the chapter). Its output was " + lines);
        }
        return new Ended(lines, child.exitValue());
    }

    public static void main(String[] args) throws Exception {
        var ended = runChild();
        ended.lines().forEach(line -> System.out.println("child: " + line));
        System.out.println("the child JVM exited by itself with status " + ended.exitStatus()
                + " while its task was still running");
    }
}
