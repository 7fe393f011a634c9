package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import workbook.ch03.*;

// Wrong on purpose: makes a pool of one worker process, whatever workers says.
// Expect: but you were asked for workers = 2
public final class WaitForTheWorkers {
    private WaitForTheWorkers() {}
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {

        try (var pool = pools.apply(1)) {
            var fs = new ArrayList<TaskFuture>();
            for (var a : arguments) fs.add(pool.submit(task, a));
            for (var f : fs) out.print(f.get().printed());
        }
        out.println(finalLine);
    }
}
