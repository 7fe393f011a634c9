package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: a task not done within two seconds is taken for lost and submitted again, while it still runs.
// Expect: now it runs twice
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(2, TimeUnit.SECONDS);
            } catch (TimeoutException lost) {
                executor.submit(tasks.get(i)).get();
            }
        }
        out.println(finalLine);
    }
}
