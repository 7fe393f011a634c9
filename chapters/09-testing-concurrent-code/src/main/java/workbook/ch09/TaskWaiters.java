package workbook.ch09;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/** The right {@link TaskWaiter}, whose tests a learner writes in the exercise catch-the-off-by-one. */
public final class TaskWaiters {

    private TaskWaiters() {}

    // tag::counts-down-in-finally[]
    /** One count per task, counted down in {@code finally}: a task that throws still counts. */
    public static void countsDownInFinally(List<Runnable> tasks, Executor executor)
            throws InterruptedException {
        var finished = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await(); // an interrupt ends the wait with InterruptedException
    }
    // end::counts-down-in-finally[]
}
