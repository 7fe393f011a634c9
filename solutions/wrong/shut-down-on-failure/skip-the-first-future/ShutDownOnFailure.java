package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: it looks at every future but the first, so a failure of task 0 is lost.
// Expect: so that failure was lost
public final class ShutDownOnFailure {
    private ShutDownOnFailure() {}
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            for (int i = 1; i < futures.size(); i++) futures.get(i).get();
        }
        out.println(finalLine);
    }
}
