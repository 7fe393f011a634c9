package workbook.ch04;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * supplyAsync without an executor runs on the common ForkJoinPool, whose workers are daemon threads: when main
 * returns, the JVM exits and the task dies unfinished. (Run by WatchCommonPoolExit in a child JVM.)
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=common-pool-exit</pre>
 */
public final class CommonPoolExit {

    private CommonPoolExit() {}

    // tag::no-executor[]
    public static void main(String[] args) throws InterruptedException {
        var started = new CountDownLatch(1);
        var slowWork = new CountDownLatch(1);                  // stands in for work that takes a while;
        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> {  // here it never ends,
            Thread me = Thread.currentThread();                // so the outcome cannot depend on timing
            System.out.println("task runs on " + me.getName() + ", daemon: " + me.isDaemon());
            started.countDown();
            try {
                slowWork.await();
            } catch (InterruptedException e) {
                return "interrupted";
            }
            System.out.println("task finished");               // never printed
            return "done";
        });                                                    // <1>
        started.await();
        System.out.println("main returns; result.isDone() = " + result.isDone());  // <2>
    }
    // end::no-executor[]
}
