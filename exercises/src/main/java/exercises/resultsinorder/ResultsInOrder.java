package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * Exercise results-in-order (chapter 02, thread pools): tasks that return something.
 *
 * <pre>
 *   ./learn check results-in-order   run its tests: only the verdict and what to fix
 *   ./learn hint results-in-order    stuck? a hint
 *   ./learn watch                    re-check on every save, then go on to the next exercise
 *   ./learn list                     where you are: done / failing / not started
 *   ./learn reset results-in-order   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=ResultsInOrderTest      the same check with plain Maven
 * </pre>
 */
public final class ResultsInOrder {

    private ResultsInOrder() {}

    /**
     * Runs every task on one fixed pool of {@code poolSize} threads and collects their results in the order the
     * tasks were given (not the order they happen to finish). Prints each result on a line of its own, in that
     * order, then {@code finalLine}; returns the results in that order; shuts the pool down before returning.
     *
     * @param newFixedThreadPool makes the pool: {@code newFixedThreadPool.apply(poolSize)}
     */
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "submit every task to a pool from newFixedThreadPool.apply(poolSize), keep the futures in a list,"
                        + " get() them in order, print each result, then finalLine; shut the pool down (try-with-resources)"
                        + " and return the results (then delete this throw statement).");
    }
}
