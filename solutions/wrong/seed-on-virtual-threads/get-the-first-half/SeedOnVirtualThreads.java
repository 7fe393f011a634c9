package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// Wrong on purpose: waits for the futures of the first half only, and prints inside the block.
// Expect: '123' was printed while
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<?>>();
            for (var task : tasks) futures.add(executor.submit(task));
            for (var f : futures.subList(0, futures.size() / 2)) f.get();
            out.println(finalLine);
        }
    }
}
