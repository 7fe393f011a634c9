package exercises.waitfortheworkers;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.WorkerTask;

/**
 * Exercise wait-for-the-workers (chapter 03, process pools).
 *
 * <pre>
 *   ./learn check wait-for-the-workers   run its tests: only the verdict and what to fix
 *   ./learn hint wait-for-the-workers    stuck? a hint
 *   ./learn watch                        re-check on every save, then go on to the next exercise
 *   ./learn list                         where you are: done / failing / not started
 *   ./learn reset wait-for-the-workers   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=WaitForTheWorkersTest      the same check with plain Maven
 * </pre>
 */
public final class WaitForTheWorkers {

    private WaitForTheWorkers() {}

    /**
     * Runs one {@code task} per argument in a pool of {@code workers} worker processes, prints what each task
     * printed (in the order of the arguments) to {@code out}, then prints {@code finalLine}, only after every
     * task has finished. When the method returns, no worker process may be left running.
     *
     * @param pools     makes the pool: {@code pools.apply(workers)}; use it instead of {@code new ProcessPool(...)}
     *                  so the tests can watch the pool (it allows {@code task})
     * @param workers   how many worker processes
     * @param task      the task class to submit, once per argument
     * @param arguments the tasks' arguments
     * @param finalLine the line to print last, e.g. "123"
     * @param out       where to print (the tests give you a recording stream instead of System.out)
     */
    public static void runAllThenPrint(IntFunction<ProcessPool> pools, int workers, Class<? extends WorkerTask> task,
                                       List<String> arguments, String finalLine, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "run every task in a pool made with pools.apply(workers), print what each one printed, then finalLine, "
                        + "and leave no worker running (then delete this throw statement).");
    }
}
