package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: tries each task's get(1 s) ten times, then leaves out the output of a task still running: ten
// seconds is "surely enough" on the author's machine, and not on a slow one.
// Expect: the time ran out while the task was still running
public final class WaitForTheWorkers {

    private WaitForTheWorkers() {}

    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        try (var pool = pools.apply(workers)) {
            var futures = new ArrayList<TaskFuture>();
            for (var argument : arguments) {
                futures.add(pool.submit(task, argument));
            }
            for (var f : futures) {
                for (int tries = 0; tries < 10; tries++) {
                    try {
                        out.print(f.get(1, TimeUnit.SECONDS).printed());
                        break;
                    } catch (TimeoutException notYet) {
                        // try again, up to ten times
                    }
                }
            }
        }
        out.println(finalLine);
    }
}
