package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: a task not done within ten seconds is skipped, and the code goes on.
// Expect: threw TimeoutException (the test made it time out
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (var future : futures) {
            try {
                future.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException slow) {
                // "it will finish on its own"
            }
        }
        out.println(finalLine);
    }
}
