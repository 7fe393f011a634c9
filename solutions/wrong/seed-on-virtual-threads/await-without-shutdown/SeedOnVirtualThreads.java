package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: awaits the termination of an executor that was never shut down, so the wait can only time out;
// the tasks happen to be done by then, but the executor never terminates and its result (false) is ignored.
// Expect: awaitTermination on an executor that was never shut down
// Expect: read chapter 02, section "shutdown() is not waiting"
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) executor.submit(task);
        executor.awaitTermination(2, TimeUnit.SECONDS);
        out.println(finalLine);
    }
}
