package workbook.ch02;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The seed program on a thread pool: a fixed pool runs every task, and the final line is printed only
 * after the pool has finished them all.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=seed-pool                  (100 tasks x 1000 lines, 50 threads)
 * ./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=seed-pool -Dargs="10 3 4"   (10 tasks x 3 lines, 4 threads)</pre>
 */
public final class SeedPool {

    private SeedPool() {}

    // tag::task[]
    /** The work of one task: print {@code lines} numbered lines. */
    static void printLines(String name, int lines, PrintStream out) {
        for (int i = 0; i < lines; i++) {
            out.println(name + " " + i);
        }
    }
    // end::task[]

    /** The seed's tasks: {@code count} of them, named task0, task1, ... */
    static List<Runnable> seedTasks(int count, int lines, PrintStream out) {
        var tasks = new ArrayList<Runnable>(count);
        for (int i = 0; i < count; i++) {
            String name = "task" + i;
            tasks.add(() -> printLines(name, lines, out));
        }
        return tasks;
    }

    // tag::seed-pool[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out) {
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) { // <1>
            for (Runnable task : tasks) {
                pool.execute(task);                                            // <2>
            }
        }                                                                      // <3>
        out.println("123");                                                    // <4>
    }
    // end::seed-pool[]

    /** Arguments: tasks, lines per task, pool size; the seed's 100 1000 50 when left out. */
    record Args(int tasks, int lines, int poolSize) {
        static Args parse(String[] args) {
            return new Args(
                    args.length > 0 ? Integer.parseInt(args[0]) : 100,
                    args.length > 1 ? Integer.parseInt(args[1]) : 1000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 50);
        }
    }

    public static void main(String[] args) {
        var a = Args.parse(args);
        runOnPool(seedTasks(a.tasks(), a.lines(), System.out), a.poolSize(), System.out);
    }
}
