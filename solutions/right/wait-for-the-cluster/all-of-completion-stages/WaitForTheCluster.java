package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

// Right: Hazelcast's futures are CompletionStages too; allOf over all of them completes when every task has.
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var stages = new ArrayList<CompletableFuture<String>>();
        for (var task : tasks) {
            Future<String> future = executor.submit(task);
            stages.add(((CompletionStage<String>) future).toCompletableFuture());
        }
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).join();
        out.println(finalLine);
    }
}
