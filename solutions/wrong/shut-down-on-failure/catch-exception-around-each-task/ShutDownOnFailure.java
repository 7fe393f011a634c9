package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: each task runs inside a catch of Exception that keeps the failure for later. An Error thrown by a
// task is not an Exception: it escapes the catch, ends that worker thread with a stack trace, and is lost; the final
// line is printed as if every task had succeeded.
// Expect: task5 threw an Error, but your method returned normally
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (Runnable task : tasks) {
                pool.execute(() -> {
                    try {
                        task.run();
                    } catch (Exception e) {
                        failures.add(e);
                    }
                });
            }
        }
        if (!failures.isEmpty()) throw failures.peek();
        out.println(finalLine);
    }
}
