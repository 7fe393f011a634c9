package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: try-with-resources, as with a local pool; Hazelcast's close() never returns.
// Expect: close() never returns
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        try (executor) {
            for (var task : tasks) executor.submit(task);
        }
        out.println(finalLine);
    }
}
