package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The seed program with invokeAll: hand the pool every task at once and get back only when all are done.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=invoke-all -Dargs="10 3 4"</pre>
 */
public final class InvokeAllSeed {

    private InvokeAllSeed() {}

    // tag::invoke-all[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out)
            throws InterruptedException, ExecutionException {
        List<Callable<Object>> callables = tasks.stream().map(Executors::callable).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            List<Future<Object>> futures = pool.invokeAll(callables); // <1>
            for (Future<Object> f : futures) {
                f.get();                                               // <2>
            }
        }
        out.println("123");
    }
    // end::invoke-all[]

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        var a = SeedPool.Args.parse(args);
        runOnPool(SeedPool.seedTasks(a.tasks(), a.lines(), System.out), a.poolSize(), System.out);
    }
}
