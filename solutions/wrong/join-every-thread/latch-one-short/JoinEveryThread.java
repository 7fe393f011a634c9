package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

// Wrong on purpose: the latch counts one task too few (size() - 1), so await() returns while the last task still runs.
// Expect: '123' was printed while
// Expect: Your thread waited in CountDownLatch.await(), but that wait ended while a task was still running
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var done = new CountDownLatch(tasks.size() - 1);
        for (Runnable task : tasks) {
            Thread.ofPlatform().start(() -> {
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
