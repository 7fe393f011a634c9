package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: every future but the last is waited for without a timeout; the last gets an hour, and a
// TimeoutException there is taken for "it is fine". When the last task is the slow one, the final line comes (and the
// pool is closed by the try block) while it has not finished; had it failed, its failure would be lost.
// Expect: while 1 of 100 tasks was still running
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable t : tasks) futures.add(pool.submit(t));
            for (int i = 0; i < futures.size() - 1; i++) futures.get(i).get();
            try {
                futures.getLast().get(1, TimeUnit.HOURS);
            } catch (TimeoutException slow) {
                // "it will finish"
            }
            out.println(finalLine);
        }
    }
}
