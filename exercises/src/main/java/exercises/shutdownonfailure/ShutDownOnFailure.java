package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * Exercise shut-down-on-failure (chapter 02, thread pools): a task throws; nothing may leak or get lost.
 *
 * <pre>
 *   ./learn check shut-down-on-failure   run its tests: only the verdict and what to fix
 *   ./learn hint shut-down-on-failure    stuck? a hint
 *   ./learn watch                        re-check on every save, then go on to the next exercise
 *   ./learn list                         where you are: done / failing / not started
 *   ./learn reset shut-down-on-failure   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=ShutDownOnFailureTest      the same check with plain Maven
 * </pre>
 */
public final class ShutDownOnFailure {

    private ShutDownOnFailure() {}

    /**
     * Runs every task on one fixed pool of {@code poolSize} threads.
     * <ul>
     *   <li>If every task succeeds: prints {@code finalLine} to {@code out} after all of them have finished.</li>
     *   <li>If a task throws: lets every other task finish, does not print {@code finalLine}, and throws an exception
     *       that carries the task's exception (as itself or as its cause), so the failure is not lost.</li>
     * </ul>
     * Either way the pool is shut down (gracefully, not with shutdownNow) before this method returns or throws.
     *
     * @param newFixedThreadPool makes the pool: {@code newFixedThreadPool.apply(poolSize)}
     */
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "submit every task, get() every future (a task's exception comes out of get() as an ExecutionException),"
                        + " make sure the pool is shut down and waited for even then, and print finalLine only if all succeeded"
                        + " (then delete this throw statement).");
    }
}
