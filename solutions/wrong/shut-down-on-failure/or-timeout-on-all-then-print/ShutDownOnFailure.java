package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

// Wrong on purpose: the tasks get two seconds in all (orTimeout on allOf); a failure is passed on, but when the timer
// goes off the code takes "no failure yet" for success, shuts the pool down and prints the final line.
// Expect: A timer your code set (
public final class ShutDownOnFailure {
    private ShutDownOnFailure() {}

    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        var pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<CompletableFuture<Void>>();
        for (var task : tasks) futures.add(CompletableFuture.runAsync(task, pool));
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                pool.shutdownNow();
                throw e;
            }
        }
        pool.shutdown();
        out.println(finalLine);
    }
}
