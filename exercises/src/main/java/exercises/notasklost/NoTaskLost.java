package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import workbook.ch05.PoolMaker;

/**
 * Exercise no-task-lost (chapter 05, sizing a pool): a bounded pool that loses nothing when its queue is full.
 *
 * <pre>
 *   ./learn check no-task-lost   run its tests: only the verdict and what to fix
 *   ./learn hint no-task-lost    stuck? a hint
 *   ./learn watch                re-check on every save, then go on to the next exercise
 *   ./learn list                 where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=NoTaskLostTest      the same check with plain Maven
 * </pre>
 */
public final class NoTaskLost {

    private NoTaskLost() {}

    /**
     * Runs every task on one pool of exactly {@code threads} threads whose queue has room for exactly
     * {@code queueCapacity} waiting tasks. There are many more tasks than that, so the queue WILL be full at times: no
     * task may be lost then, and no exception may escape. Prints {@code finalLine} to {@code out} once every task has finished, and
     * leaves no pool thread running.
     *
     * @param pools         makes the pool: call {@code pools.newThreadPoolExecutor(corePoolSize, maximumPoolSize, workQueue, handler)}
     *                      where you would write {@code new ThreadPoolExecutor(...)} (the tests hand you one they can watch)
     * @param threads       how many threads the pool has, e.g. 2
     * @param queueCapacity how many tasks may wait in its queue, e.g. 2
     * @param tasks         the work, e.g. 20 tasks; every one must run exactly once
     * @param finalLine     the line to print last, e.g. "123"
     * @param out           where to print it (the tests give you a recording stream instead of System.out)
     */
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "make a pool with pools.newThreadPoolExecutor(...) using a bounded queue and a rejection policy that loses"
                        + " nothing, submit every task, wait until all have finished, then print finalLine to out (then delete this throw statement).");
    }
}
