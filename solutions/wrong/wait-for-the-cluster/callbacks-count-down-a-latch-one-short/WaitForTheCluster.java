package exercises.waitforthecluster;

import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

// Wrong on purpose: a callback per task counts down a latch, but the latch counts one task fewer than there are
// ("the last one is surely done by then"): it opens while the last task to finish is still running.
// Expect: tasks was still running
public final class WaitForTheCluster {

    private WaitForTheCluster() {}

    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var answered = new CountDownLatch(tasks.size() - 1);
        for (var task : tasks) {
            executor.submit(task, new ExecutionCallback<String>() {
                @Override
                public void onResponse(String response) {
                    answered.countDown();
                }

                @Override
                public void onFailure(Throwable t) {
                    answered.countDown();
                }
            });
        }
        answered.await();
        out.println(finalLine);
    }
}
