package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

// Wrong on purpose: an off-by-one skips the last future; tasks on a cluster finish in any order.
// Expect: '123' was printed while
// Expect: but not on every one
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (int i = 0; i < futures.size() - 1; i++) futures.get(i).get();
        out.println(finalLine);
    }
}
