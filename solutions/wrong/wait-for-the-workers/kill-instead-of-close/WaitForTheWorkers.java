package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: gets every result, then kill()s the pool: like shutdownNow(), kill() does not wait for the
// workers to exit, so the method may return while they still run.
// Expect: close() had not finished
// Expect: Closing the pool ends the workers
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        var pool = pools.apply(workers);
        var futures = new ArrayList<TaskFuture>();
        for (var argument : arguments) futures.add(pool.submit(task, argument));
        for (var f : futures) out.print(f.get().printed());
        pool.kill();
        out.println(finalLine);
    }
}
