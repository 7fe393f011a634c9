package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * Exercise collect-every-outcome (chapter 04, futures, results and failures).
 *
 * <pre>
 *   ./learn check collect-every-outcome   run its tests: only the verdict and what to fix
 *   ./learn hint collect-every-outcome    stuck? a hint
 *   ./learn watch                         re-check on every save, then go on to the next exercise
 *   ./learn list                          where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=CollectEveryOutcomeTest      the same check with plain Maven
 * </pre>
 */
public final class CollectEveryOutcome {

    private CollectEveryOutcome() {}

    /**
     * Runs every task on one fixed pool of {@code poolSize} threads. Each task counts the lines of a file and
     * returns the count, or throws if it cannot. Some of them throw; lose none of their failures and none of
     * the others' results. Once EVERY task has finished (not before), prints this report to {@code out}:
     * <pre>
     *   task 5 failed: file5.txt: permission denied      one line per failed task, in task order (task 0 is the first);
     *   task 80 failed: file80.txt: no such file          after the colon, the message of the task's own exception
     *   98 succeeded, 2 failed, 1234 lines                the total is the sum of the successful tasks' counts
     *   123                                               finalLine
     * </pre>
     * A failing task must not make this method throw. The pool is shut down before this method returns.
     *
     * @param newFixedThreadPool makes the pool: {@code newFixedThreadPool.apply(poolSize)}
     * @param tasks              the work, in order; task i is "task i" in the report
     * @param finalLine          the last line of the report, e.g. "123"
     * @param out                where to print (the tests give you a recording stream instead of System.out)
     */
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        throw new UnsupportedOperationException(
                "submit every task and keep its Future; then get() each one, catching ExecutionException for that task alone"
                        + " (its getCause() is the task's exception); print the report after all of them (then delete this throw statement).");
    }
}
