package workbook.ch09;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool to hand the code under test whose timed waits time out at once: the first {@code timeouts} calls of
 * {@code awaitTermination} that find work unfinished return {@code false} without waiting, whatever their timeout.
 * Every timed wait may time out, so a right program must cope with it; a test no longer has to wait a timeout out.
 */
public final class TimingOutPool extends AbstractExecutorService {

    private final ExecutorService pool;
    private final AtomicInteger timeoutsLeft;
    private final AtomicInteger timedOut = new AtomicInteger();

    public TimingOutPool(ExecutorService pool, int timeouts) {
        this.pool = pool;
        this.timeoutsLeft = new AtomicInteger(timeouts);
    }

    // tag::times-out[]
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (!pool.isTerminated() && timeoutsLeft.getAndDecrement() > 0) {
            timedOut.incrementAndGet();
            return false; // "the time is up and the tasks are not done", as a real timeout would say
        }
        return pool.awaitTermination(timeout, unit);
    }
    // end::times-out[]

    /** How many timed waits this pool made time out. */
    public int timedOut() {
        return timedOut.get();
    }

    @Override public void execute(Runnable task) { pool.execute(task); }
    @Override public void shutdown() { pool.shutdown(); }
    @Override public List<Runnable> shutdownNow() { return pool.shutdownNow(); }
    @Override public boolean isShutdown() { return pool.isShutdown(); }
    @Override public boolean isTerminated() { return pool.isTerminated(); }
}
