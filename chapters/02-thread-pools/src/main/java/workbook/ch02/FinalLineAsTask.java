package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The final line handed to the pool as one more task. A free worker runs it at once, alongside the others.
 * WrongWaysToWaitTest proves it prints while every other task is held.
 */
final class FinalLineAsTask {

    private FinalLineAsTask() {}

    // tag::final-line-as-task[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out) {
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            for (Runnable task : tasks) {
                pool.execute(task);
            }
            // WRONG: just another task, run by whichever worker is free
            pool.execute(() -> out.println("123"));
        }
    }
    // end::final-line-as-task[]
}
