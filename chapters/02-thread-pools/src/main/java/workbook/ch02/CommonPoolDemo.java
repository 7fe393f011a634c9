package workbook.ch02;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The common ForkJoinPool belongs to the whole JVM: shutdown() and close() leave it running, and its
 * worker threads are daemons, so they neither keep the JVM alive nor get waited for when it exits.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=common-pool</pre>
 */
public final class CommonPoolDemo {

    private CommonPoolDemo() {}

    // tag::common-pool[]
    static void showCommonPool(PrintStream out) throws InterruptedException, ExecutionException {
        ForkJoinPool common = ForkJoinPool.commonPool();
        common.shutdown();                                   // has no effect on the common pool
        common.close();                                      // neither has this, and it does not wait
        out.println("isShutdown() after shutdown() and close(): " + common.isShutdown());
        boolean daemon = common.submit(() -> Thread.currentThread().isDaemon()).get();
        out.println("a common-pool worker is a daemon thread: " + daemon);
        out.println("parallelism on this machine: " + common.getParallelism());
    }
    // end::common-pool[]

    public static void main(String[] args) throws Exception {
        var out = System.out;
        showCommonPool(out);
        ForkJoinPool.commonPool().execute(() -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            out.println("this line is never printed: the JVM exits without waiting for daemon threads");
        });
        out.println("main returns while a common-pool task is still sleeping");
    }
}
