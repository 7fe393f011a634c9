package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

// Wrong on purpose: the tasks run on a pool of its own in this JVM, never on the cluster it was given.
// Expect: went to the executor you were given
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var task : tasks) pool.submit(task);
        }
        out.println(finalLine);
    }
}
