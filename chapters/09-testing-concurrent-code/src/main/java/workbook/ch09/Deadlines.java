package workbook.ch09;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** The right {@link Deadline}, whose tests a learner writes in the exercise catch-the-ignored-timeout. */
public final class Deadlines {

    private Deadlines() {}

    // tag::checks-the-answer[]
    /** One timed wait, and its answer decides: the final line, or the late tasks stopped. */
    public static boolean checksTheAnswer(List<Runnable> tasks, ExecutorService pool, Duration timeout,
                                          PrintStream out) throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        boolean finished;
        try {
            finished = pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
        if (!finished) {
            pool.shutdownNow(); // interrupts the late tasks
            return false;
        }
        out.println(SeedProgram.FINAL_LINE);
        return true;
    }
    // end::checks-the-answer[]
}
