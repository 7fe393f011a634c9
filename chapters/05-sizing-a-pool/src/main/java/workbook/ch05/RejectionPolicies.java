package workbook.ch05;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The four rejection policies of ThreadPoolExecutor, each on a full pool: one thread, busy with task A (held
 * at a gate), and a queue of one, holding task B. Task C does not fit. What happens to it, and to B?
 *
 * <pre>./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=rejection-policies</pre>
 */
public final class RejectionPolicies {

    private RejectionPolicies() {}

    /** What one policy did with the overflow: what execute(C) did, which tasks ran (in order, on which thread), which never ran. */
    record Outcome(String policy, String executeC, List<String> ran, List<String> lost) {}

    // tag::full-pool[]
    /** A pool of one thread and a queue of one, with the given policy for the task that does not fit. */
    static ThreadPoolExecutor poolOfOneWithQueueOfOne(RejectedExecutionHandler policy) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                r -> new Thread(r, "worker"), policy);
    }
    // end::full-pool[]

    static Outcome offerThree(RejectedExecutionHandler policy) throws InterruptedException {
        var gate = new CountDownLatch(1);
        var ran = new CopyOnWriteArrayList<String>();
        // tag::offer-three[]
        var pool = poolOfOneWithQueueOfOne(policy);
        String executeC;
        try {
            pool.execute(task("A", ran, gate));  // starts the worker, which waits at the gate
            pool.execute(task("B", ran, null));  // the worker is busy: B waits in the queue, which is now full
            try {
                pool.execute(task("C", ran, null));
                executeC = "returned normally";
            } catch (RejectedExecutionException e) {
                executeC = "threw RejectedExecutionException";
            }
        } finally {
            gate.countDown();
            pool.close();
        }
        // end::offer-three[]
        var lost = new ArrayList<String>();
        for (var name : List.of("A", "B", "C")) {
            if (ran.stream().noneMatch(r -> r.startsWith(name + " "))) lost.add(name);
        }
        return new Outcome(policy.getClass().getSimpleName(), executeC, List.copyOf(ran), lost);
    }

    private static Runnable task(String name, List<String> ran, CountDownLatch gate) {
        return () -> {
            try {
                if (gate != null) gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            ran.add(name + " on " + Thread.currentThread().getName());
        };
    }

    static List<RejectedExecutionHandler> policies() {
        return List.of(new ThreadPoolExecutor.AbortPolicy(), new ThreadPoolExecutor.CallerRunsPolicy(),
                new ThreadPoolExecutor.DiscardPolicy(), new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    static void run(PrintStream out) throws InterruptedException {
        for (var policy : policies()) {
            var o = offerThree(policy);
            out.printf("%-20s execute(C) %s; ran: %s; never ran: %s%n", o.policy() + ":", o.executeC(),
                    String.join(", ", o.ran()), o.lost().isEmpty() ? "none" : String.join(", ", o.lost()));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(System.out);
    }
}
