package exercises.waitforthecluster;

import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

// Wrong on purpose: each task counts a latch down from its callback, and the latch is awaited for two seconds at most,
// its answer ignored.
// Expect: was printed while
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var left = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            executor.submit(task, new ExecutionCallback<String>() {
                @Override public void onResponse(String response) { left.countDown(); }
                @Override public void onFailure(Throwable t) { left.countDown(); }
            });
        }
        left.await(2, TimeUnit.SECONDS);
        out.println(finalLine);
    }
}
