package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The seed program, waiting by hand: shutdown(), then awaitTermination in a loop until it says the pool
 * has terminated. This is what close() does for you, written out.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec@await-termination -Dargs="10 3 4"</pre>
 */
public final class AwaitTerminationLoop {

    private AwaitTerminationLoop() {}

    // tag::await-loop[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        for (Runnable task : tasks) {
            pool.submit(task);
        }
        pool.shutdown();                                         // <1>
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {   // <2>
            System.err.println("still waiting for the pool...");
        }
        out.println("123");                                      // <3>
    }
    // end::await-loop[]

    public static void main(String[] args) throws InterruptedException {
        var a = SeedPool.Args.parse(args);
        runOnPool(SeedPool.seedTasks(a.tasks(), a.lines(), System.out), a.poolSize(), System.out);
    }
}
