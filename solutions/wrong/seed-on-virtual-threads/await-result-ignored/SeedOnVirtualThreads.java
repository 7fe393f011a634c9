package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Wrong on purpose: shuts its executor down, then waits for it with a timeout and ignores what awaitTermination
// returns: once the time is up the final line is printed, whether the tasks are done or not.
// Expect: Your awaitTermination(
// Expect: Check what awaitTermination returns
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) executor.submit(task);
        executor.shutdown();
        executor.awaitTermination(300, TimeUnit.MILLISECONDS);
        out.println(finalLine);
    }
}
