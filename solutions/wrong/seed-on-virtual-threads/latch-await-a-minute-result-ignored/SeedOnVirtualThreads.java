package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

// Wrong on purpose: a virtual thread per task counts a latch down; the caller waits a minute on it and never reads the answer.
// Expect: Your await(1 minutes) on your CountDownLatch returned false
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var done = new CountDownLatch(tasks.size());
        for (Runnable task : tasks) {
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(1, TimeUnit.MINUTES);
        out.println(finalLine);
    }
}
