package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Exercise combine-two-lookups (chapter 04, futures, results and failures).
 *
 * <pre>
 *   ./learn check combine-two-lookups   run its tests: only the verdict and what to fix
 *   ./learn hint combine-two-lookups    stuck? a hint
 *   ./learn watch                       re-check on every save, then go on to the next exercise
 *   ./learn list                        where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=CombineTwoLookupsTest      the same check with plain Maven
 * </pre>
 */
public final class CombineTwoLookups {

    private CombineTwoLookups() {}

    /**
     * Runs two slow lookups AT THE SAME TIME on one pool of 2 threads, made with {@code newFixedThreadPool.apply(2)},
     * and combines their results into one line, which it prints to {@code out} and returns:
     * <pre>
     *   alice has 3 orders                           both lookups succeeded
     *   alice has ? orders (orders service down)     the order lookup threw; in brackets, the message of its own exception
     * </pre>
     * Use {@code CompletableFuture.supplyAsync(lookup, pool)} for each lookup and {@code thenCombine} to join
     * them. The pool is shut down before this method returns.
     *
     * @param newFixedThreadPool makes the pool
     * @param name               looks up the user's name
     * @param orders             looks up how many orders the user has; may throw
     * @param out                where to print the line (the tests give you a recording stream instead of System.out)
     */
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        throw new UnsupportedOperationException(
                "start both lookups with CompletableFuture.supplyAsync(lookup, pool), combine them with thenCombine,"
                        + " give the order lookup a fallback with exceptionally or handle, join, print (then delete this throw statement).");
    }
}
