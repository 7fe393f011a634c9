package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: waits for each task right after submitting it, so the workers never run side by side.
// Expect: the tasks ran one after another
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        try (var pool = pools.apply(workers)) {
            for (var argument : arguments) out.print(pool.submit(task, argument).get().printed());
        }
        out.println(finalLine);
    }
}
