package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Right: submit everything, close the pool (it waits for every task and every worker), then collect the results.
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        var futures = new ArrayList<TaskFuture>();
        try (var pool = pools.apply(workers)) {
            for (var argument : arguments) futures.add(pool.submit(task, argument));
        }
        for (var f : futures) out.print(f.get().printed());
        out.println(finalLine);
    }
}
