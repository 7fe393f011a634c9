package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: waits up to a day for an executor that was never shut down: it never terminates, so this
// wait would last the whole day after the tasks are done (the test interrupts it as soon as they are).
// Expect: awaitTermination on an executor that was never shut down
// Expect: read chapter 02, section "shutdown() is not waiting"
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) executor.submit(task);
        executor.awaitTermination(1, TimeUnit.DAYS);
        out.println(finalLine);
    }
}
