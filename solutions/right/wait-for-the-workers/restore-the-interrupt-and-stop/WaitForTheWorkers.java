package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.ch03.WorkerTask;

// Right: interrupted while waiting, it prints no final line and keeps the interrupt for its caller; on the way out,
// close() (try-with-resources, before the catch) still ends the workers and waits until they have exited.
public final class WaitForTheWorkers {
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws ExecutionException {
        try (var pool = pools.apply(workers)) {
            var futures = new ArrayList<TaskFuture>();
            for (var argument : arguments) futures.add(pool.submit(task, argument));
            for (var f : futures) out.print(f.get().printed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        out.println(finalLine);
    }
}
