package exercises.waitforthecluster;

import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

// Wrong on purpose: a callback per task counts a latch down, but an interrupt ends await() early, and this code prints
// as if every task had ended. (A Hazelcast future's get() goes on waiting when interrupted; a latch does not.)
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out) {
        var done = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            executor.submit(task, new ExecutionCallback<String>() {
                @Override
                public void onResponse(String response) {
                    done.countDown();
                }

                @Override
                public void onFailure(Throwable t) {
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            // ignored: "the cluster will finish them anyway"
        }
        out.println(finalLine);
    }
}
