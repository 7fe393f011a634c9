package workbook.ch03;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one-shot alternative to a pool: a new JVM per task, started with ProcessBuilder, its output read
 * through a pipe, waited for with waitFor(). Simple, and it pays a JVM start-up for every task.
 *
 * <pre>./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=process-per-task                (100 tasks x 1000 lines)
 * ./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=process-per-task -Dargs="3 2"    (3 tasks x 2 lines)</pre>
 */
public final class ProcessPerTask {

    private ProcessPerTask() {}

    static List<String> command(List<String> jvmOptions, String taskClass, String argument) {
        return command(jvmOptions, System.getProperty("java.class.path"), taskClass, argument);
    }

    static List<String> command(List<String> jvmOptions, String classPath, String taskClass, String argument) {
        var cmd = new ArrayList<String>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath, RunOnce.class.getName(), taskClass, argument));
        return cmd;
    }

    static void runOneProcessPerTask(int tasks, int lines, List<String> jvmOptions, PrintStream out)
            throws IOException, InterruptedException {
        runOneProcessPerTask(tasks, lines, jvmOptions, System.getProperty("java.class.path"), out);
    }

    // tag::one-shot[]
    static void runOneProcessPerTask(int tasks, int lines, List<String> jvmOptions, String classPath,
                                     PrintStream out) throws IOException, InterruptedException {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < tasks; i++) {                                    // <1>
            var argument = "task" + i + " " + lines;
            processes.add(new ProcessBuilder(command(jvmOptions, classPath, PrintLines.class.getName(), argument))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }
        var printed = new ArrayList<String>();
        var failed = new ArrayList<String>();
        for (var p : processes) {
            printed.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)); // <2>
            int status = p.waitFor();                                         // <3>
            if (status != 0) failed.add("pid " + p.pid() + " exited with " + status);
        }
        if (!failed.isEmpty()) throw new IllegalStateException(String.join("; ", failed)); // <4>
        for (var text : printed) out.print(text);
        out.println("123");                                                   // <5>
    }
    // end::one-shot[]

    // tag::on-exit[]
    /** The same wait with onExit(): one CompletableFuture per process, joined all at once. */
    static void awaitAll(List<Process> processes) {
        CompletableFuture.allOf(processes.stream().map(Process::onExit).toArray(CompletableFuture[]::new)).join();
    }
    // end::on-exit[]

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        runOneProcessPerTask(tasks, lines, List.of(), System.out);
    }
}
