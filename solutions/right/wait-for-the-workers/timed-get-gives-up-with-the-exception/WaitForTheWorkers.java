package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Right: gives each task a minute and gives up with the TimeoutException, before the final line: it never claims an end
// it has not seen.
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
                out.print(f.get(1, java.util.concurrent.TimeUnit.MINUTES).printed()); // a TimeoutException leaves the method
            }
        }                                                   // close(): the workers exit, and close() waits for that
        out.println(finalLine);
    }
}
