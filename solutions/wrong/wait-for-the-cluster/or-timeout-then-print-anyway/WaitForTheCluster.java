package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

// Wrong on purpose: a timer of three seconds on the wait for all the tasks (orTimeout), and when it goes off the final
// line is printed anyway ("the cluster is slow today"). The tasks it gave up on are still running.
// Expect: A timer your code set (
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var stages = new ArrayList<CompletableFuture<String>>();
        for (var task : tasks) {
            stages.add(((CompletionStage<String>) executor.submit(task)).toCompletableFuture());
        }
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new))
                .orTimeout(3, TimeUnit.SECONDS)
                .exceptionally(slow -> null)
                .join();
        out.println(finalLine);
    }
}
