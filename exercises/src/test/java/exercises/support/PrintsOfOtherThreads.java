package exercises.support;

import java.util.Collection;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Holds a line that a thread other than the learner's begins to print (a stage of a {@code CompletableFuture} chain, a
 * callback) until the learner's thread waits for something that may need that line, or has ended. So a line printed by
 * a stage the learner's code never waits for comes after the method has returned on every run, not only when the
 * scheduler happens to run that stage late; a stage the code waits for ({@code thenAccept(print).join()}) prints at
 * once, as the learner's thread waits for it.
 *
 * <p>"Waits for something that may need it": parked in a {@code CompletableFuture}'s {@code join()} or {@code get()}
 * whose future is not complete yet (its {@link ForkJoinPool.ManagedBlocker} is not releasable: a wait on a future that
 * has just completed is over, the thread only has to wake); in a pool's {@code close()} or {@code awaitTermination}
 * when the printing thread is one of that pool's workers; in any other wait (a latch, a join) but for a lock another
 * thread holds for a moment; or blocked on the output the held printer has locked. Not a sleep, nor running. Decided
 * from the thread's state, never from the clock.
 */
final class PrintsOfOtherThreads {

    private final Thread learner;
    private final Supplier<Collection<Thread>> poolWorkers;
    private volatile boolean open;

    PrintsOfOtherThreads(Thread learner, Supplier<Collection<Thread>> poolWorkers) {
        this.learner = learner;
        this.poolWorkers = poolWorkers;
    }

    /** Called by {@code printer} before it writes: returns at once for the learner's own thread. */
    void await(Thread printer) {
        if (printer == learner || open) return;
        while (!mayPrint(printer)) {
            LockSupport.parkNanos(1_000_000); // look at the learner's thread again; no decision rests on this delay
        }
    }

    private boolean mayPrint(Thread printer) {
        // State, stack and lock owner from one look (read apart, a thread waking between them would mix two moments).
        var info = THREADS.getThreadInfo(learner.threadId(), 64);
        if (info == null) { // it has ended: the method has returned, and every line from now on comes after it
            open = true;
            return true;
        }
        var stack = info.getStackTrace();
        switch (info.getThreadState()) {
            case BLOCKED -> {
                return info.getLockOwnerId() == printer.threadId(); // it waits for the output, which the held printer has locked
            }
            case WAITING, TIMED_WAITING -> {
                if (LearnerThread.napping(stack)) return false; // a nap is not a wait for the line
                if (LearnerThread.inFrame(stack, WatchedPool.class.getName(), "close")
                        || LearnerThread.inFrame(stack, WatchedPool.class.getName(), "awaitTermination")) {
                    return poolWorkers.get().contains(printer); // close() waits for the pool's tasks, not for other threads
                }
                if (LearnerThread.inFrame(stack, "java.util.concurrent.CompletableFuture", null)) {
                    // Parked on a future: its blocker says whether that future is complete (then the thread only has to
                    // wake). No blocker: it is on its way in or out of the park; look again.
                    if (!(LockSupport.getBlocker(learner) instanceof ForkJoinPool.ManagedBlocker future)) return false;
                    // A future that completes wakes its waiters in an order of its own: the stage that prints may be run
                    // before the waiter's wake-up is, on the same thread. Judge once the pool's other workers have done
                    // with the completions they were running.
                    for (var t : poolWorkers.get()) {
                        if (t != printer && t.getState() == Thread.State.RUNNABLE) return false;
                    }
                    // isReleasable() clears the calling thread's interrupt and would pass it to the learner's wait
                    if (Thread.currentThread().isInterrupted()) return true;
                    return !future.isReleasable() && learner.getState() != Thread.State.RUNNABLE;
                }
                // Any other wait may be for this line (a latch, a join), unless it is for a lock another thread holds for
                // a moment (a list's or a pool's lock the test's own threads take too).
                long owner = info.getLockOwnerId();
                return owner == -1 || owner == printer.threadId();
            }
            default -> {
                return false; // running: it goes on without waiting
            }
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
}
