package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.function.IntFunction;

/**
 * Exercise wait-for-every-process (chapter 03, process pools: a process per task).
 *
 * <pre>
 *   ./learn check wait-for-every-process   run its tests: only the verdict and what to fix
 *   ./learn hint wait-for-every-process    stuck? a hint
 *   ./learn watch                          re-check on every save, then go on to the next exercise
 *   ./learn list                           where you are: done / failing / not started
 *   ./learn reset wait-for-every-process   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=WaitForEveryProcessTest      the same check with plain Maven
 * </pre>
 */
public final class WaitForEveryProcess {

    private WaitForEveryProcess() {}

    /**
     * Starts {@code count} processes, all at the same time, waits until every one of them has exited, then prints
     * {@code finalLine} to {@code out}. When the method returns, none of those processes may still be running.
     *
     * @param count     how many processes (tasks 0 .. count-1)
     * @param start     {@code start.apply(i)} starts the process of task i (with ProcessBuilder, inside) and returns
     *                  it; use it instead of ProcessBuilder so the tests can watch the processes
     * @param finalLine the line to print last, e.g. "123"
     * @param out       where to print it (the tests give you a recording stream instead of System.out)
     */
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "start a process for every task with start.apply(i), all at once, and print finalLine once every one has exited "
                        + "(then delete this throw statement).");
    }
}
