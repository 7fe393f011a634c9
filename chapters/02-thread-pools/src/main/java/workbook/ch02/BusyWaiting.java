package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Waiting by asking again and again. The final line does come last, but the waiting thread keeps a core
 * busy the whole time. WrongWaysToWaitTest counts how often it asks while no task can finish.
 */
final class BusyWaiting {

    private BusyWaiting() {}

    // tag::busy-wait[]
    static void runOnPool(ExecutorService pool, List<Runnable> tasks, PrintStream out) {
        for (Runnable task : tasks) {
            pool.execute(task);
        }
        pool.shutdown();
        while (!pool.isTerminated()) {
            // WASTEFUL: asks again as fast as the core allows, and keeps that core busy asking
        }
        out.println("123");
    }
    // end::busy-wait[]
}
