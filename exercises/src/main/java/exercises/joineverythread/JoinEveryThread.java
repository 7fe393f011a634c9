package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;

/**
 * Exercise join-every-thread (chapter 01, threads by hand).
 *
 * <pre>
 *   ./learn check join-every-thread   run its tests: only the verdict and what to fix
 *   ./learn hint join-every-thread    stuck? a hint
 *   ./learn watch                     re-check on every save, then go on to the next exercise
 *   ./learn list                      where you are: done / failing / not started
 *   ./learn reset join-every-thread   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=JoinEveryThreadTest      the same check with plain Maven
 * </pre>
 */
public final class JoinEveryThread {

    private JoinEveryThread() {}

    /**
     * Runs every task on a thread of its own, all at the same time, and prints {@code finalLine} to {@code out}
     * only after every one of those threads has finished.
     *
     * @param tasks     the work; start one thread per task
     * @param finalLine the line to print last, e.g. "123"
     * @param out       where to print it (the tests give you a recording stream instead of System.out)
     */
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        throw new UnsupportedOperationException(
                "start one Thread per task, join() every one of them, then print finalLine to out (then delete this throw statement).");
    }
}
