package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

// Wrong on purpose: looks for failures only among the futures already done; a task that fails later is missed,
// although close() does wait for it.
// Expect: so that failure was lost
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        Throwable failure = null;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (var f : futures) {
                if (f.isDone() && f.state() == Future.State.FAILED) failure = f.exceptionNow();
            }
        }
        if (failure != null) throw new ExecutionException(failure);
        out.println(finalLine);
    }
}
