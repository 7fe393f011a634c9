package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

// Wrong on purpose: "spread the work over the cluster" with submitToAllMembers, which runs every task on EVERY member.
// It waits on every future it got, so the final line comes last, but each task ran twice.
// Expect: submit each task once (submitToAllMembers runs it on every member
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.addAll(executor.submitToAllMembers(task).values());
        for (var future : futures) future.get();
        out.println(finalLine);
    }
}
