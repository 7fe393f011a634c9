package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

// Wrong on purpose: "call() waits for the result, so nothing can be printed early": it runs every task itself, here,
// one after another, and the cluster does nothing.
// Expect: ran outside the cluster
public final class WaitForTheCluster {

    private WaitForTheCluster() {}

    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        for (var task : tasks) task.call();
        out.println(finalLine);
    }
}
