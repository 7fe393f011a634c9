package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: waits for every future but the last without a limit, and for the last one "at most an hour",
// then prints whether or not it came back: a timeout says the task still runs on the cluster.
// Expect: threw TimeoutException (the test made it time out
public final class WaitForTheCluster {

    private WaitForTheCluster() {}

    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        for (var future : futures.subList(0, futures.size() - 1)) future.get();
        try {
            futures.getLast().get(1, TimeUnit.HOURS);
        } catch (TimeoutException slowNetwork) {
            // an hour is surely enough
        }
        out.println(finalLine);
    }
}
