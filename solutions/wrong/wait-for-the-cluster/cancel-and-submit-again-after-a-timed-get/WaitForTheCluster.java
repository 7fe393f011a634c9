package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: a task whose result has not come within a second is taken for stuck: its future is cancelled and
// the task is submitted again, and that second run is waited for. A timeout only says "not done yet".
// Expect: A timeout says the task is not done yet
public final class WaitForTheCluster {
    private WaitForTheCluster() {}

    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(1, TimeUnit.SECONDS);
            } catch (TimeoutException stuck) {
                futures.get(i).cancel(true);
                executor.submit(tasks.get(i)).get();
            }
        }
        out.println(finalLine);
    }
}
