package workbook.ch02;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Where a task's exception goes. With execute() it escapes the task, kills the worker thread and reaches the
 * thread's uncaught-exception handler; the pool starts a new worker. With submit() it is caught and kept in
 * the Future until someone calls get().
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=submit-vs-execute</pre>
 */
public final class SubmitVersusExecute {

    private SubmitVersusExecute() {}

    /**
     * A pool of one thread whose workers report uncaught exceptions to {@code handler}. Without a handler
     * of your own, the thread's group prints {@code Exception in thread "..."} and the stack trace to System.err.
     */
    static ExecutorService singleThreadPool(Thread.UncaughtExceptionHandler handler) {
        ThreadFactory plain = Executors.defaultThreadFactory();
        return Executors.newFixedThreadPool(1, task -> {
            Thread t = plain.newThread(task);
            t.setUncaughtExceptionHandler(handler);
            return t;
        });
    }

    // tag::execute-throws[]
    static void failWithExecute(ExecutorService pool, PrintStream out) {
        pool.execute(() -> {
            out.println("execute(): the task runs on " + Thread.currentThread().getName()
                    + " and throws");
            throw new IllegalStateException("failed in execute()");
        }); // returns at once; nothing will ever bring the exception back here
    }
    // end::execute-throws[]

    // tag::submit-throws[]
    static void failWithSubmit(ExecutorService pool, PrintStream out) throws InterruptedException {
        Future<?> future = pool.submit(() -> {
            out.println("submit(): the task runs on " + Thread.currentThread().getName()
                    + " and throws");
            throw new IllegalStateException("failed in submit()");
        });
        try {
            future.get(); // the exception was kept in the future until now
        } catch (ExecutionException e) {
            out.println("get() threw ExecutionException, caused by " + e.getCause());
        }
    }
    // end::submit-throws[]

    /** The name of the worker thread that runs the pool's next task. */
    static String nextWorker(ExecutorService pool) throws InterruptedException, ExecutionException {
        return pool.submit(() -> Thread.currentThread().getName()).get();
    }

    public static void main(String[] args) throws Exception {
        var out = System.out;
        var reported = new CountDownLatch(1);
        // Prints what the default handler would print (without the stack trace), to stdout to keep the order.
        Thread.UncaughtExceptionHandler handler = (thread, e) -> {
            out.println("Exception in thread \"" + thread.getName() + "\" " + e);
            reported.countDown();
        };
        try (ExecutorService pool = singleThreadPool(handler)) {
            failWithExecute(pool, out);
            reported.await();
            out.println("the next task runs on " + nextWorker(pool) + ": the pool replaced the dead worker");
            failWithSubmit(pool, out);
            out.println("the next task runs on " + nextWorker(pool) + ": the same worker lives on");
        }
    }
}
