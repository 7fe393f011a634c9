package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: get() every future, remember the first failure, throw it after close().
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutionException first = null;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var fs = new ArrayList<Future<?>>();
            for (Runnable t : tasks) fs.add(pool.submit(t));
            for (var f : fs) {
                try { f.get(); } catch (ExecutionException e) { if (first == null) first = e; }
            }
        }
        if (first != null) throw first;
        out.println(finalLine);
    }
}
