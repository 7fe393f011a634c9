package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A subtler mistake: awaitTermination with a timeout, and its answer ignored. When the timeout runs out
 * first it returns false, and the final line comes before the work. WrongWaysToWaitTest proves it.
 */
final class IgnoredAwaitResult {

    private IgnoredAwaitResult() {}

    // tag::ignored-result[]
    static void runOnPool(List<Runnable> tasks, int poolSize, long timeoutMillis, PrintStream out)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        for (Runnable task : tasks) {
            pool.execute(task);
        }
        pool.shutdown();
        // WRONG: the answer is dropped, and false means "not finished yet"
        pool.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        out.println("123");
    }
    // end::ignored-result[]
}
