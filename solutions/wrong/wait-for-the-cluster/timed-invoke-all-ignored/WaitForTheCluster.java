package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

// Wrong on purpose: invokeAll with a timeout of two seconds, whose cancelled tasks are not looked at.
// Expect: was printed while
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        executor.invokeAll(tasks, 2, TimeUnit.SECONDS);
        out.println(finalLine);
    }
}
