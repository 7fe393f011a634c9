package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.WorkerTask;

// Wrong on purpose: "close() waits, so let another thread do the waiting": the pool is closed on a thread of its own,
// and the method prints and returns at once, while the tasks still run and the workers are still alive.
// Expect: You called close() on another thread
// Expect: your method did not wait for it: when your method returned, close() had not finished
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        ProcessPool pool = pools.apply(workers);
        for (var argument : arguments) pool.submit(task, argument);
        new Thread(pool::close).start();
        out.println(finalLine);
    }
}
