package workbook.ch03;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Several processes writing to one stdout: lines can mix mid-line. Then the same printing through a
 * {@link ProcessPool}, where each task's output comes back to the parent, which prints it whole.
 *
 * <pre>./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=shared-stdout -Dargs="4 2000"   (4 processes x 2000 lines)</pre>
 */
public final class SharedStdout {

    private static final Pattern WHOLE_LINE = Pattern.compile("child\\d+ says line \\d+");

    private SharedStdout() {}

    // tag::shared[]
    /** Starts the children with one shared stdout (a file they all append to) and returns what they wrote. */
    static String childrenSharingOneStdout(int children, int lines, Path stdout)
            throws IOException, InterruptedException {
        Files.deleteIfExists(stdout);
        Files.createFile(stdout);
        var processes = new ArrayList<Process>();
        for (int c = 0; c < children; c++) {
            var command = javaWith(ChattyChild.class.getName(), "child" + c, Integer.toString(lines));
            processes.add(new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }
        for (var p : processes) p.waitFor();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
    // end::shared[]

    // tag::returned[]
    /** The same printing as tasks in a pool: each task's output is handed back, printed whole by one thread. */
    static String throughThePool(int children, int lines) throws Exception {
        var all = new StringBuilder();
        try (var pool = new ProcessPool(Math.min(children, 4), List.of(ChattyTask.class))) {
            var futures = new ArrayList<TaskFuture>();
            for (int c = 0; c < children; c++) {
                futures.add(pool.submit(ChattyTask.class, "child" + c + " " + lines));
            }
            for (var f : futures) all.append(f.get().printed());
        }
        return all.toString();
    }
    // end::returned[]

    private static List<String> javaWith(String mainClass, String... args) {
        var cmd = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static List<String> brokenLines(String text) {
        return text.lines().filter(l -> !WHOLE_LINE.matcher(l).matches()).toList();
    }

    static void report(String how, String text, int expectedLines, PrintStream out) {
        var broken = brokenLines(text);
        out.printf("%s: %d lines expected, %d lines read, %d of them mixed up%n",
                how, expectedLines, text.lines().count(), broken.size());
        broken.stream().limit(6).forEach(l -> out.println("    | " + l));
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        var file = Files.createTempFile("shared-stdout", ".txt");
        try {
            report(children + " processes, one shared stdout", childrenSharingOneStdout(children, lines, file), children * lines, System.out);
            report(children + " tasks in a process pool, output handed back", throughThePool(children, lines), children * lines, System.out);
            System.out.println("Ran on " + workbook.bench.Machine.description());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
