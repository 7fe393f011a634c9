package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

// Wrong on purpose: a waiter thread gets every future and prints the final line; the caller gives it ten seconds and
// returns, done or not.
// Expect: not by the thread that called your method
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(executor.submit(task));
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                for (var future : futures) future.get();
                out.println(finalLine);
            } catch (Exception e) {
                // the caller has gone anyway
            }
        });
        waiter.join(10_000);
    }
}
