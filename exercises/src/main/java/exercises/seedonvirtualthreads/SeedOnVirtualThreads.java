package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;

/**
 * Exercise seed-on-virtual-threads (chapter 06, virtual threads).
 *
 * <pre>
 *   ./learn check seed-on-virtual-threads   run its tests: only the verdict and what to fix
 *   ./learn hint seed-on-virtual-threads    stuck? a hint
 *   ./learn watch                           re-check on every save, then go on to the next exercise
 *   ./learn list                            where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=SeedOnVirtualThreadsTest      the same check with plain Maven
 * </pre>
 */
public final class SeedOnVirtualThreads {

    private SeedOnVirtualThreads() {}

    /**
     * Runs every task on a virtual thread of its own, all at the same time, and prints {@code finalLine} to
     * {@code out} only after every task has finished.
     *
     * @param tasks     the work, e.g. 100 tasks; one new virtual thread per task
     * @param finalLine the line to print last, e.g. "123"
     * @param out       where to print it (the tests give you a recording stream instead of System.out)
     */
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "run every task on a new virtual thread, wait until all of them have finished,"
                        + " then print finalLine to out (then delete this throw statement).");
    }
}
