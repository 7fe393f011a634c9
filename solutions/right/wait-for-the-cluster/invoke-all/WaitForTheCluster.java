package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Correct: invokeAll submits every task and returns once every one has finished.
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        for (var future : executor.invokeAll(tasks)) future.get(); // done already; get() surfaces a task's failure
        out.println(finalLine);
    }
}
