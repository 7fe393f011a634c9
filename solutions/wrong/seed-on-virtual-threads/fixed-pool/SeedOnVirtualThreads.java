package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: waits correctly, but on a fixed pool of platform threads instead of virtual threads.
// Expect: platform thread(s)
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) {
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (Runnable task : tasks) pool.submit(task);
        }
        out.println(finalLine);
    }
}
