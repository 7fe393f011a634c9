package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: the latch counts one task too few, so await() returns while the last task still runs.
// Expect: '123' was printed while
// Expect: Your thread waited in CountDownLatch.await(), but that wait ended while a task was still running
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var done = new CountDownLatch(tasks.size() - 1);
        for (Runnable task : tasks) {
            Thread.startVirtualThread(() -> {
                try {
                    task.run();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        out.println(finalLine);
    }
}
