package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;

// A correct idiom: shutdown(), then awaitTermination with a long timeout in a loop until it returns true.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) executor.submit(task);
        executor.shutdown();
        while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            // not yet: wait again
        }
        out.println(finalLine);
    }
}
