package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: runAsync on the given pool, allOf(...).join() throws a CompletionException carrying the task's exception,
// and only once every task has completed; the try-with-resources block shuts the pool down and waits either way.
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            CompletableFuture.allOf(tasks.stream().map(t -> CompletableFuture.runAsync(t, pool)).toArray(CompletableFuture[]::new))
                    .join();
        }
        out.println(finalLine);
    }
}
