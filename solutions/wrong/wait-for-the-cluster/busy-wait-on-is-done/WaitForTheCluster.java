package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

// Wrong on purpose: asks every future isDone() in a tight loop, burning a core, instead of waiting in get().
// Expect: a loop that asks isDone() until it is true is busy-waiting
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (var future : futures) {
            while (!future.isDone()) Thread.onSpinWait();
        }
        out.println(finalLine);
    }
}
