package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A classic mistake: shutdown() stops the pool from accepting tasks but returns at once, so the final line
 * comes before the work. WrongWaysToWaitTest proves it while every task is held.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=shutdown-is-not-waiting</pre>
 */
public final class ShutdownIsNotWaiting {

    private ShutdownIsNotWaiting() {}

    // tag::shutdown-only[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out) {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        for (Runnable task : tasks) {
            pool.execute(task);
        }
        pool.shutdown();      // no new tasks; returns without waiting for the old ones
        out.println("123");   // WRONG: the tasks may not even have started
    }
    // end::shutdown-only[]

    public static void main(String[] args) {
        runOnPool(DemoTasks.slowTasks(3, 2, 100, System.out), 2, System.out);
    }
}
