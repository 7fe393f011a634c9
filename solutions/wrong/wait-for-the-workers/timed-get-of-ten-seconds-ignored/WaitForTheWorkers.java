package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: gives each task ten seconds (more than the test could ever hold a task), and leaves out the output of a task that takes longer.
// Expect: the time ran out while the task was still running
public final class WaitForTheWorkers {

    private WaitForTheWorkers() {}

    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        try (var pool = pools.apply(workers)) {
            var futures = new ArrayList<TaskFuture>();
            for (var argument : arguments) {
                futures.add(pool.submit(task, argument));   // every task first: they run side by side
            }
            for (var f : futures) {
                try {
                    out.print(f.get(10, java.util.concurrent.TimeUnit.SECONDS).printed());
                } catch (java.util.concurrent.TimeoutException tooSlow) {
                    // leave it out
                }
            }
        }                                                   // close(): the workers exit, and close() waits for that
        out.println(finalLine);
    }
}
