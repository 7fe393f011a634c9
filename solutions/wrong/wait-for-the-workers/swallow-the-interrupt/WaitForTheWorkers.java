package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: an interrupt ends a get() early, and this code goes on to the next future and prints the final
// line as if that task had finished.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws ExecutionException {
        try (var pool = pools.apply(workers)) {
            var futures = new ArrayList<TaskFuture>();
            for (var argument : arguments) futures.add(pool.submit(task, argument));
            for (var f : futures) {
                try {
                    out.print(f.get().printed());
                } catch (InterruptedException e) {
                    // ignored: "that worker will be done by now"
                }
            }
            out.println(finalLine);
        }
    }
}
