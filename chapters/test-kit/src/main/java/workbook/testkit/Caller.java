package workbook.testkit;

import java.util.Set;

/**
 * The code under test, run on a thread of its own that the test can watch (is it parked, and where?) and then
 * join, getting back whatever the code threw. A daemon: if a test fails with a gate still shut, the caller stays
 * blocked and must not keep the JVM alive.
 */
public final class Caller {

    /** The code under test. */
    public interface Body {
        void run() throws Exception;
    }

    private static final Set<Thread.State> PARKED = Set.of(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.BLOCKED);

    private final Thread thread;
    private volatile Throwable failure;

    private Caller(String name, Body body) {
        thread = Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    /** Starts {@code body} on a new platform thread called {@code name}. */
    public static Caller start(String name, Body body) {
        return new Caller(name, body);
    }

    public Thread thread() {
        return thread;
    }

    /** Joins, and fails the test with whatever the body threw. */
    public void finish() throws Exception {
        thread.join();
        if (failure instanceof Exception e) throw e;
        if (failure instanceof Error e) throw e;
    }

    /**
     * Returns once the thread is parked (waiting, or blocked on a monitor) inside a method called {@code method}, e.g.
     * {@code awaitTermination}, or has ended. Looks without sleeping; gives up if the test's thread is interrupted.
     */
    public void awaitParkedIn(String method) throws InterruptedException {
        while (true) {
            var state = thread.getState();
            if (state == Thread.State.TERMINATED) return;
            if (PARKED.contains(state)) {
                for (var frame : thread.getStackTrace()) if (frame.getMethodName().equals(method)) return;
            }
            if (Thread.interrupted()) throw new InterruptedException("'" + thread.getName() + "' never parked in " + method + "()");
            Thread.onSpinWait();
        }
    }

    /** Returns once the thread is parked anywhere (a lock, a latch, a condition, a monitor) or has ended. */
    public void awaitParked() throws InterruptedException {
        while (true) {
            var state = thread.getState();
            if (state == Thread.State.TERMINATED || PARKED.contains(state)) return;
            if (Thread.interrupted()) throw new InterruptedException("'" + thread.getName() + "' never parked");
            Thread.onSpinWait();
        }
    }
}
