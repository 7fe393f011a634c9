package workbook.ch09;

/** The code under test, run on a thread of its own so that the test's thread stays free to watch it and act. */
public final class Caller {

    /** Code that may throw anything. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private final Thread thread;
    private volatile Throwable thrown;

    private Caller(Body body) {
        // A daemon: if a test fails with the gate shut, this thread stays blocked and must not keep the JVM alive.
        thread = Thread.ofPlatform().name("caller").daemon().unstarted(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                thrown = t;
            }
        });
    }

    public static Caller start(Body body) {
        var caller = new Caller(body);
        caller.thread.start();
        return caller;
    }

    public Thread thread() {
        return thread;
    }

    /** Waits until the code has returned or thrown; then {@link #thrown()} is what it threw, or null. */
    public void join() throws InterruptedException {
        thread.join();
    }

    public Throwable thrown() {
        return thrown;
    }
}
