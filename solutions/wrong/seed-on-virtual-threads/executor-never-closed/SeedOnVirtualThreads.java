package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: submits to a per-task executor but never closes it, so nothing waits.
// Expect: '123' was printed while
// Expect: Your method returned while
// Expect: Nothing waits for a virtual thread unless you do
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) executor.submit(task);
        out.println(finalLine);
    }
}
