package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose (for the test): correct waiting, but in a pool made with new ProcessPool, which the test
// cannot watch; it must say so instead of timing out.
// Expect: You made the pool yourself
// Expect: pools.apply(workers)
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        try (var pool = new ProcessPool(workers, List.of(task))) {
            var futures = new ArrayList<TaskFuture>();
            for (var argument : arguments) futures.add(pool.submit(task, argument));
            for (var f : futures) out.print(f.get().printed());
        }
        out.println(finalLine);
    }
}
