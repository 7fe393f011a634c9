package workbook.ch06;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The seed program on virtual threads: one new virtual thread per task, and the final line only after
 * the executor's close() has waited for all of them.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=seed                  (100 tasks x 1000 lines)
 * ./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=seed -Dargs="3 2"      (3 tasks x 2 lines)</pre>
 */
public final class SeedOnVirtualThreads {

    private SeedOnVirtualThreads() {}

    /** The seed's tasks: {@code count} of them, named task0, task1, ..., each printing {@code lines} lines. */
    static List<Runnable> seedTasks(int count, int lines, PrintStream out) {
        var tasks = new ArrayList<Runnable>(count);
        for (int i = 0; i < count; i++) {
            String name = "task" + i;
            tasks.add(() -> {
                for (int line = 0; line < lines; line++) {
                    out.println(name + " " + line);
                }
            });
        }
        return tasks;
    }

    // tag::seed-virtual[]
    static void runOnVirtualThreads(List<Runnable> tasks, PrintStream out) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) { // <1>
            for (Runnable task : tasks) {
                executor.submit(task);                                                    // <2>
            }
        }                                                                                 // <3>
        out.println("123");                                                               // <4>
    }
    // end::seed-virtual[]

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        runOnVirtualThreads(seedTasks(tasks, lines, System.out), System.out);
    }
}
