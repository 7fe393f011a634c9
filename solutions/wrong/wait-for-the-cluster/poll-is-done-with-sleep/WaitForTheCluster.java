package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

// Wrong on purpose: asks every future isDone() and naps in between, instead of waiting in get().
// Expect: a loop that sleeps until isDone() turns true is a poll
// Expect: get() blocks until that task's result is back
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (var future : futures) {
            while (!future.isDone()) Thread.sleep(10);
        }
        out.println(finalLine);
    }
}
