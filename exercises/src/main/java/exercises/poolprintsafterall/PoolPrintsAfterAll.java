package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * Exercise pool-prints-after-all (chapter 02, thread pools): the seed program on a pool.
 *
 * <pre>
 *   ./learn check pool-prints-after-all   run its tests: only the verdict and what to fix
 *   ./learn hint pool-prints-after-all    stuck? a hint
 *   ./learn watch                         re-check on every save, then go on to the next exercise
 *   ./learn list                          where you are: done / failing / not started
 *   ./learn reset pool-prints-after-all   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=PoolPrintsAfterAllTest      the same check with plain Maven
 * </pre>
 */
public final class PoolPrintsAfterAll {

    private PoolPrintsAfterAll() {}

    /**
     * Runs every task on one fixed pool of {@code poolSize} threads, then prints {@code finalLine} to {@code out}
     * once every task has finished, and leaves no pool thread running.
     *
     * @param newFixedThreadPool makes the pool: call {@code newFixedThreadPool.apply(poolSize)} where you would write
     *                           {@code Executors.newFixedThreadPool(poolSize)} (the tests hand you one they can watch)
     * @param poolSize           how many threads the pool has, e.g. 50
     * @param tasks              the work, e.g. 100 tasks; submit each one to the pool
     * @param finalLine          the line to print last, e.g. "123"
     * @param out                where to print it (the tests give you a recording stream instead of System.out)
     */
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "make a pool with newFixedThreadPool.apply(poolSize), submit every task, wait until all have finished,"
                        + " then print finalLine to out (then delete this throw statement).");
    }
}
