package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Right: waits for each task with a timeout, in a loop that waits again until it has the task's output.
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
                while (true) {
                    try {
                        out.print(f.get(1, java.util.concurrent.TimeUnit.SECONDS).printed());
                        break;
                    } catch (java.util.concurrent.TimeoutException notYet) {
                        // still running: wait again
                    }
                }
            }
        }                                                   // close(): the workers exit, and close() waits for that
        out.println(finalLine);
    }
}
