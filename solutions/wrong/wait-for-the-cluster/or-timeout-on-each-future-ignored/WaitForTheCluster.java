package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: one second for each task's answer (orTimeout, set just before waiting for it); a task that takes
// longer is skipped, and the final line comes while it still runs.
// Expect: A timer your code set (
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var answers = new ArrayList<CompletableFuture<String>>();
        for (var task : tasks) {
            answers.add(((CompletionStage<String>) executor.submit(task)).toCompletableFuture().thenApply(answer -> answer));
        }
        for (var answer : answers) {
            try {
                answer.orTimeout(1, TimeUnit.SECONDS).join();
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof TimeoutException)) throw e;
            }
        }
        out.println(finalLine);
    }
}
