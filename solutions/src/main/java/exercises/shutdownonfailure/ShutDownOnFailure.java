package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Reference solution for shut-down-on-failure. */
public final class ShutDownOnFailure {

    private ShutDownOnFailure() {}

    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>(tasks.size());
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get(); // a failed task throws ExecutionException here, with the task's exception as its cause
            }
        } // runs on success and on failure: close() shuts down and waits for the tasks still running
        out.println(finalLine); // not reached when get() threw
    }
}
