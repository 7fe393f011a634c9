package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A guess instead of a wait: sleep "long enough", then print. WrongWaysToWaitTest proves it wrong. */
final class SleepInsteadOfWaiting {

    private SleepInsteadOfWaiting() {}

    // tag::sleep[]
    static void runOnPool(List<Runnable> tasks, int poolSize, long guessMillis, PrintStream out)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        for (Runnable task : tasks) {
            pool.execute(task);
        }
        pool.shutdown();
        Thread.sleep(guessMillis); // WRONG: a guess about how long the tasks take, not a wait for them
        out.println("123");
    }
    // end::sleep[]
}
