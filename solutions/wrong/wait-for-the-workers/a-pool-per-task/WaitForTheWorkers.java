package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import workbook.ch03.*;

// Wrong on purpose: makes a pool for every task, and closes them all at the end.
// Expect: pools of worker processes for
public final class WaitForTheWorkers {
    private WaitForTheWorkers() {}
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {

        var fs = new ArrayList<TaskFuture>();
        var ps = new ArrayList<ProcessPool>();
        for (var a : arguments) { var p = pools.apply(workers); ps.add(p); fs.add(p.submit(task, a)); }
        for (var f : fs) out.print(f.get().printed());
        for (var p : ps) p.close();
        out.println(finalLine);
    }
}
