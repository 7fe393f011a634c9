package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

// Wrong on purpose: it calls get() on every future, but an interrupt while it waits ends the loop, and it restores the
// flag and prints the final line anyway, while tasks still run on the cluster.
// Expect: Your thread was interrupted while it waited for
public final class WaitForTheCluster {
    private WaitForTheCluster() {}

    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws ExecutionException {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        try {
            for (var future : futures) future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // "the caller can see it"
        }
        out.println(finalLine);
    }
}
