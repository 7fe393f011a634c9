package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Exercise wait-for-the-cluster (chapter 08, beyond one machine).
 *
 * <pre>
 *   ./learn check wait-for-the-cluster   run its tests: only the verdict and what to fix
 *   ./learn hint wait-for-the-cluster    stuck? a hint
 *   ./learn watch                        re-check on every save, then go on to the next exercise
 *   ./learn list                         where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=WaitForTheClusterTest      the same check with plain Maven
 * </pre>
 */
public final class WaitForTheCluster {

    private WaitForTheCluster() {}

    /**
     * Runs every task on the cluster behind {@code executor} and prints {@code finalLine} to {@code out} only after
     * every task has finished. The executor belongs to the caller: leave it running.
     *
     * @param executor  a Hazelcast distributed executor; its tasks run on the members of the cluster
     * @param tasks     the work, e.g. 100 Serializable tasks; submit each one once
     * @param finalLine the line to print last, e.g. "123"
     * @param out       where to print it (the tests give you a recording stream instead of System.out)
     */
    public static void runOnCluster(IExecutorService executor, List<Callable<String>> tasks, String finalLine, PrintStream out)
            throws Exception {
        throw new UnsupportedOperationException(
                "submit every task to executor, wait until every one has finished, then print finalLine to out"
                        + " (then delete this throw statement).");
    }
}
