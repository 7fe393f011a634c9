package workbook.ch02;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Waiting for one future as if it stood for all of them. Tasks finish in any order, so the last one
 * submitted may be the first one done. WrongWaysToWaitTest proves it by holding the first task.
 */
final class LastFutureOnly {

    private LastFutureOnly() {}

    // tag::last-future[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable task : tasks) {
            futures.add(pool.submit(task));
        }
        futures.getLast().get(); // WRONG: the last task submitted is not the last one to finish
        out.println("123");
        pool.shutdown();
    }
    // end::last-future[]
}
