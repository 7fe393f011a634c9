package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import workbook.ch03.*;

// Wrong on purpose: on an interrupt, sets the flag again, lets close() stop the workers, and prints the final line anyway.
// Expect: tasks had not finished in the worker processes
public final class WaitForTheWorkers {
    private WaitForTheWorkers() {}
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {

        try (var pool = pools.apply(workers)) {
            var fs = new ArrayList<TaskFuture>();
            for (var a : arguments) fs.add(pool.submit(task, a));
            try {
                for (var f : fs) out.print(f.get().printed());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.println(finalLine);
    }
}
