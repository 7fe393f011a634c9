package workbook.ch08;

import com.hazelcast.core.IExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What shutdown(), awaitTermination() and close() of a Hazelcast IExecutorService really do, on tasks the demo
 * holds at a gate: awaitTermination returns false at once, isTerminated() says true while tasks still run,
 * and close() calls awaitTermination again and again, for ever (the demo stops it after 100,000 calls).
 */
public final class CloseNeverReturns {

    /** How many calls of awaitTermination from close() the demo lets happen before it stops the loop. */
    static final long CALLS_BEFORE_STOPPING = 100_000;

    private CloseNeverReturns() {}

    public static void main(String[] args) throws Exception {
        var gate = Gate.create();
        try (var cluster = Cluster.start(2)) {
            var member = cluster.member(0);
            var held = new ArrayList<Future<String>>();
            report(awaitTermination(member.getExecutorService("await"), gate, held));
            report(close(member.getExecutorService("close"), gate, held));
            gate.open();
            System.out.println("gate opened; the held tasks still ran to the end:");
            for (var f : held) System.out.println("  " + f.get());
        } finally {
            gate.remove();
        }
    }

    /** What one executor call did, and the state of the tasks right after it returned. */
    record Outcome(String call, String result, int stillHeld, boolean isShutdown, boolean isTerminated) {}

    private static void report(Outcome o) {
        System.out.println(o.call() + " -> " + o.result());
        System.out.println("  tasks still held at the gate: " + o.stillHeld()
                + ", isShutdown() = " + o.isShutdown() + ", isTerminated() = " + o.isTerminated());
    }

    /** Submits {@code tasks} held tasks, adds their futures to {@code held}, and returns once all are running. */
    private static void submitHeld(IExecutorService executor, Gate gate, int tasks, List<Future<String>> held)
            throws InterruptedException {
        for (int i = 0; i < tasks; i++) held.add(executor.submit(new HeldTask(executor.getName() + i, gate)));
        gate.awaitStarted(held.size());
    }

    // tag::await-termination[]
    static Outcome awaitTermination(IExecutorService executor, Gate gate, List<Future<String>> held)
            throws InterruptedException {
        submitHeld(executor, gate, 2, held);
        executor.shutdown();
        long start = System.nanoTime();
        boolean terminated = executor.awaitTermination(1, TimeUnit.MINUTES); // <1>
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Outcome("shutdown(); awaitTermination(1, MINUTES)",
                terminated + " after " + millis + " ms",
                gate.started() - gate.finished(), executor.isShutdown(), executor.isTerminated()); // <2>
    }
    // end::await-termination[]

    // tag::close[]
    static Outcome close(IExecutorService executor, Gate gate, List<Future<String>> held)
            throws InterruptedException {
        submitHeld(executor, gate, 2, held);
        var calls = new AtomicLong();
        IExecutorService counted = countingAwaitTermination(executor, calls);
        String result;
        try {
            counted.close();                                               // <1>
            result = "returned";
        } catch (StopSpinning stopped) {
            result = "still inside close() after " + calls.get()
                    + " calls of awaitTermination(1, DAYS), each false at once"; // <2>
        }
        return new Outcome("close()", result,
                gate.started() - gate.finished(), executor.isShutdown(), executor.isTerminated());
    }
    // end::close[]

    /** Thrown by the counting wrapper to get the demo out of close()'s endless loop. */
    static final class StopSpinning extends RuntimeException {
        StopSpinning() {
            super("stopped by the demo", null, false, false);
        }
    }

    /**
     * The same executor, seen through a wrapper that counts awaitTermination calls and throws StopSpinning after
     * {@link #CALLS_BEFORE_STOPPING} of them. close() is ExecutorService's default method, so it runs its JDK code
     * against the wrapper, which passes every call on to Hazelcast's executor.
     */
    static IExecutorService countingAwaitTermination(IExecutorService executor, AtomicLong calls) {
        return (IExecutorService) Proxy.newProxyInstance(CloseNeverReturns.class.getClassLoader(),
                new Class<?>[] {IExecutorService.class}, (proxy, method, args) -> {
                    if (method.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    if (method.getName().equals("awaitTermination")) {
                        if (calls.get() == CALLS_BEFORE_STOPPING) throw new StopSpinning();
                        calls.incrementAndGet();
                    }
                    try {
                        return method.invoke(executor, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
