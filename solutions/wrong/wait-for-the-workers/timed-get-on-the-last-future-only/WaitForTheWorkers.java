package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Wrong on purpose: every future is waited for without a timeout but the last, which gets a day; a TimeoutException
// there is swallowed, and the report goes out without that task's lines. A day seems long enough, but a timed wait
// may run out whatever its length (a stuck worker, a suspended machine), and then the code goes on as if it had not.
// Expect: Some tasks' lines are missing
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        try (ProcessPool pool = pools.apply(workers)) {
            var futures = new ArrayList<TaskFuture>();
            for (var argument : arguments) futures.add(pool.submit(task, argument));
            var printed = new StringBuilder();
            for (int i = 0; i < futures.size(); i++) {
                if (i < futures.size() - 1) {
                    printed.append(futures.get(i).get().printed());
                } else {
                    try {
                        printed.append(futures.get(i).get(1, TimeUnit.DAYS).printed());
                    } catch (TimeoutException slowLastOne) {
                        // "cannot happen"
                    }
                }
            }
            out.print(printed);
            out.println(finalLine);
        }
    }
}
