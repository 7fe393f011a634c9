package workbook.ch02;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A program whose main method returns, but whose JVM does not exit: the pool is never shut down, and its
 * idle worker thread is not a daemon. Stop it with Ctrl+C. WatchNeverShutDown runs it in a child JVM.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=never-shut-down</pre>
 *
 * With the argument {@code close} it closes the pool before returning, and the JVM exits as usual.
 */
public final class NeverShutDown {

    /** Printed once the main thread has ended; WatchNeverShutDown and the test read up to this line. */
    static final String MAIN_RETURNED = "main has returned;";

    private NeverShutDown() {}

    // tag::never-shut-down[]
    static void useAPoolAndForgetIt(PrintStream out) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<String> worker = pool.submit(() -> Thread.currentThread().getName());
        out.println("the task ran on " + worker.get());
    } // no shutdown(), no close(): the worker stays, waiting for a next task that never comes
    // end::never-shut-down[]

    static void useAPoolAndCloseIt(PrintStream out) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<String> worker = pool.submit(() -> Thread.currentThread().getName());
            out.println("the task ran on " + worker.get());
        }
    }

    /** Starts a daemon thread (it cannot keep the JVM alive) that reports once {@code main} has ended. */
    static void reportWhenEnded(Thread main, PrintStream out) {
        Thread.ofPlatform().daemon().name("reporter").start(() -> {
            try {
                main.join();
            } catch (InterruptedException e) {
                return;
            }
            var nonDaemons = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !t.isDaemon() && t.isAlive())
                    .map(Thread::getName).sorted().toList();
            out.println(MAIN_RETURNED + " non-daemon threads still alive: " + nonDaemons);
        });
    }

    public static void main(String[] args) throws Exception {
        reportWhenEnded(Thread.currentThread(), System.out);
        if (args.length > 0 && args[0].equals("close")) {
            useAPoolAndCloseIt(System.out);
        } else {
            useAPoolAndForgetIt(System.out);
        }
    }
}
