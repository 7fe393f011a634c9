package exercises.waitforthecluster;

import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

// Right: a callback per task counts a latch down; interrupted while it waits on the latch, it prints no final line and
// keeps the interrupt for its caller. (The executor is the caller's: it is left running.)
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws ExecutionException {
        var done = new CountDownLatch(tasks.size());
        var failure = new AtomicReference<Throwable>();
        for (var task : tasks) {
            executor.submit(task, new ExecutionCallback<String>() {
                @Override
                public void onResponse(String response) {
                    done.countDown();
                }

                @Override
                public void onFailure(Throwable t) {
                    failure.compareAndSet(null, t);
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failure.get() != null) throw new ExecutionException(failure.get());
        out.println(finalLine);
    }
}
