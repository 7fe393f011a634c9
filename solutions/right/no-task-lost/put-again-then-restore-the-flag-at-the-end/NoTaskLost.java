package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import workbook.ch05.PoolMaker;

// Right: its handler keeps waiting for room when interrupted and remembers it; the flag is set again only once every
// task has finished, as close() itself does.
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var interrupted = new AtomicBoolean();
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, p) -> {
            if (p.isShutdown()) throw new RejectedExecutionException("the pool is shut down");
            while (true) {
                try {
                    p.getQueue().put(task);
                    return;
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
        })) {
            for (var task : tasks) pool.execute(task);
        }
        out.println(finalLine);
        if (interrupted.get()) Thread.currentThread().interrupt();
    }
}
