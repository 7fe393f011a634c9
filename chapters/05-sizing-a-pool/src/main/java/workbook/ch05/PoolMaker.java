package workbook.ch05;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Makes a {@link ThreadPoolExecutor} from the four choices that decide how it behaves under load: core size,
 * maximum size, work queue and rejection policy. The exercise no-task-lost hands you one of these instead of
 * letting you call the constructor, so that its tests can watch the pool you build.
 */
@FunctionalInterface
public interface PoolMaker {

    ThreadPoolExecutor newThreadPoolExecutor(int corePoolSize, int maximumPoolSize, BlockingQueue<Runnable> workQueue,
                                             RejectedExecutionHandler handler);

    /** The plain constructor, with 30 s of keep-alive for threads beyond the core and the default thread factory. */
    static PoolMaker plain() {
        return (core, max, queue, handler) -> new ThreadPoolExecutor(core, max, 30, TimeUnit.SECONDS, queue, handler);
    }
}
