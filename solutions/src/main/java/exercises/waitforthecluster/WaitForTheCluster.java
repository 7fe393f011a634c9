package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** Reference solution of wait-for-the-cluster: submit everything, then wait on every future, then print. */
public final class WaitForTheCluster {

    private WaitForTheCluster() {}

    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) {
            futures.add(executor.submit(task)); // the task travels to a member; the future stays here
        }
        for (var future : futures) {
            future.get(); // awaitTermination would not wait, and close() would never return: the futures are the wait
        }
        out.println(finalLine);
    }
}
