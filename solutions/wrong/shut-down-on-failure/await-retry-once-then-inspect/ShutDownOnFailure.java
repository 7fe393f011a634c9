package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: one more timed wait after the first ran out, and then it inspects the futures anyway.
// Expect: returned false, meaning
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var fs = new ArrayList<Future<?>>();
        for (Runnable t : tasks) fs.add(pool.submit(t));
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.SECONDS)) pool.awaitTermination(1, TimeUnit.SECONDS);
        for (var f : fs) if (f.state() == Future.State.FAILED) throw new ExecutionException(f.exceptionNow());
        out.println(finalLine);
    }
}
