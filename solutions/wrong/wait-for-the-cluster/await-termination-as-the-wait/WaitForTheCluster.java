package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: shutdown() + awaitTermination, the wait that works on a local pool; on Hazelcast it returns false at once.
// Expect: '123' was printed while
// Expect: returns false at once
public final class WaitForTheCluster {
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        for (var task : tasks) executor.submit(task);
        executor.shutdown();
        executor.awaitTermination(1, TimeUnit.MINUTES);
        out.println(finalLine);
    }
}
