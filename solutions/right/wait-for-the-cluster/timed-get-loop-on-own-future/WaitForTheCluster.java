package exercises.waitforthecluster;

import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

// Right: a callback per task counts a latch down; the latch is awaited with a timeout, in a loop, until it opens.
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
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
        while (!done.await(30, TimeUnit.SECONDS)) {
            // still running: wait again
        }
        if (failure.get() != null) throw new ExecutionException(failure.get());
        out.println(finalLine);
    }
}
