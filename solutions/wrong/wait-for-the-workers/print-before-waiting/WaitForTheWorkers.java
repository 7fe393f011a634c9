package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: submits every task and prints the final line at once; close() waits only afterwards.
// Expect: '123' was printed while
// Expect: close the pool (try-with-resources) or call get() on every future
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        try (var pool = pools.apply(workers)) {
            for (var argument : arguments) pool.submit(task, argument);
            out.println(finalLine);
        }
    }
}
