package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Wrong on purpose: reads what awaitTermination returns, but gives up after three "false" answers and prints
// the final line anyway.
// Expect: Your awaitTermination(
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) executor.submit(task);
        executor.shutdown();
        for (int tries = 0; tries < 3 && !executor.awaitTermination(400, TimeUnit.MILLISECONDS); tries++) { }
        out.println(finalLine);
    }
}
