package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// A correct idiom: keep every future and get() each one, then close the executor.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(executor.submit(task));
            for (Future<?> f : futures) f.get();
            out.println(finalLine);
        }
    }
}
