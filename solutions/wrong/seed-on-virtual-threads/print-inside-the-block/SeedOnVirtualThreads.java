package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: prints inside the try-with-resources block, before close() has waited.
// Expect: '123' was printed while
// Expect: the print is inside the try-with-resources block
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) executor.submit(task);
            out.println(finalLine);
        }
    }
}
