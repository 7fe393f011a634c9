package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: registers the final line as a callback on allOf(...) and returns at once, before the tasks end.
// Expect: Your method returned
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        CompletableFuture.allOf(tasks.stream().map(t -> CompletableFuture.runAsync(t, executor)).toArray(CompletableFuture[]::new))
                .thenRun(() -> {
                    out.println(finalLine);
                    executor.close();
                });
    }
}
