package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The seed program, waiting by hand: shutdown(), then awaitTermination in a loop until it says the pool
 * has terminated. This is the core of what close() does for you, written out; on an interrupt it stops the tasks
 * and passes the interrupt on by throwing, where close() would keep waiting for the stopped tasks.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=await-termination -Dargs="10 3 4"</pre>
 */
public final class AwaitTerminationLoop {

    private AwaitTerminationLoop() {}

    // tag::await-loop[]
    static void runOnPool(List<Runnable> tasks, int poolSize, PrintStream out)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            for (Runnable task : tasks) {
                pool.execute(task);
            }
        } finally {
            pool.shutdown();                                         // <1>
        }
        try {
            while (!pool.awaitTermination(1, TimeUnit.DAYS)) {       // <2>
                // false: the time ran out and tasks still run; wait again
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();                                      // <3>
            throw e;
        }
        out.println("123");                                          // <4>
    }
    // end::await-loop[]

    public static void main(String[] args) throws InterruptedException {
        var a = SeedPool.Args.parse(args);
        runOnPool(SeedPool.seedTasks(a.tasks(), a.lines(), System.out), a.poolSize(), System.out);
    }
}
