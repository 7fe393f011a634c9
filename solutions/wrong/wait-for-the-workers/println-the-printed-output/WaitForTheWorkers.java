package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import workbook.ch03.*;

// Wrong on purpose: prints each task's output with println, adding an empty line after each.
// Expect: not out.println
public final class WaitForTheWorkers {
    private WaitForTheWorkers() {}
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {

        try (var pool = pools.apply(workers)) {
            var fs = new ArrayList<TaskFuture>();
            for (var a : arguments) fs.add(pool.submit(task, a));
            for (var f : fs) out.println(f.get().printed());
        }
        out.println(finalLine);
    }
}
