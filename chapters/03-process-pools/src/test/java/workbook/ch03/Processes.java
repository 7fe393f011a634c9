package workbook.ch03;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small helpers for tests that start processes. */
final class Processes {

    private Processes() {}

    /** The pids among {@code pids} still alive {@code bound} after asking; a bounded wait only to detect a failure. */
    static List<Long> stillAliveAfter(Collection<Long> pids, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        var alive = new ArrayList<Long>();
        for (long pid : pids) {
            var handle = ProcessHandle.of(pid);
            if (handle.isEmpty()) continue;
            try {
                handle.get().onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                alive.add(pid);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return alive;
    }

    /** Like PoolCleaner in the JSR-166 TCK: whatever a test did, no process it started outlives it. */
    static void killLeftovers() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** Blocks until {@code t} is waiting (or has ended); decided from its state, not from the clock. */
    static void awaitBlocked(Thread t) throws InterruptedException {
        while (t.isAlive() && t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
            t.join(Duration.ofMillis(1));
        }
    }
}
