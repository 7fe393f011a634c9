package workbook.ch04;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The seed program once more, with tasks that hand back a result: each prints its numbered lines and returns
 * how many it printed. The summary and the final line come only after every task has finished.
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=seed -Dargs="3 2 2"   (tasks, lines per task, pool size)</pre>
 */
public final class SeedWithCounts {

    private SeedWithCounts() {}

    // tag::task[]
    static Callable<Integer> printLines(String name, int lines, PrintStream out) {
        return () -> {
            for (int i = 0; i < lines; i++) {
                out.println(name + " " + i);
            }
            return lines; // the result travels back through the task's Future
        };
    }
    // end::task[]

    // tag::seed[]
    static void run(int tasks, int lines, int poolSize, PrintStream out)
            throws InterruptedException, ExecutionException {
        var futures = new ArrayList<Future<Integer>>(tasks);
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            for (int i = 0; i < tasks; i++) {
                futures.add(pool.submit(printLines("task" + i, lines, out))); // <1>
            }
            int total = 0;
            for (Future<Integer> future : futures) {
                total += future.get();                                         // <2>
            }
            out.println(tasks + " tasks printed " + total + " lines");         // <3>
        }
        out.println("123");
    }
    // end::seed[]

    public static void main(String[] args) throws Exception {
        List<Integer> n = Arguments.ints(args, 100, 1_000, 50);
        run(n.get(0), n.get(1), n.get(2), System.out);
    }
}
