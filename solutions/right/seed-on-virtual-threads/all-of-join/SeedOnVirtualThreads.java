package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;

// Right: CompletableFuture.runAsync on the virtual-thread executor, then allOf(...).join().
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            var cfs = new ArrayList<CompletableFuture<Void>>();
            for (Runnable t : tasks) cfs.add(CompletableFuture.runAsync(t, ex));
            CompletableFuture.allOf(cfs.toArray(CompletableFuture[]::new)).join();
        }
        out.println(finalLine);
    }
}
