package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Exercise limit-with-a-semaphore (chapter 06, virtual threads).
 *
 * <pre>
 *   ./learn check limit-with-a-semaphore   run its tests: only the verdict and what to fix
 *   ./learn hint limit-with-a-semaphore    stuck? a hint
 *   ./learn watch                          re-check on every save, then go on to the next exercise
 *   ./learn list                           where you are: done / failing / not started
 *   ./mvnw -q -pl exercises -am test -Dtest=LimitWithASemaphoreTest      the same check with plain Maven
 * </pre>
 */
public final class LimitWithASemaphore {

    private LimitWithASemaphore() {}

    /**
     * Runs every task on a virtual thread of its own, but never more than {@code limit} tasks at the same time,
     * and returns once every task has finished. A task that throws must not stop the others, nor lower the limit; you
     * may report its failure by throwing it, once every task has finished. If your thread is interrupted while it waits,
     * either keep waiting, or stop and say so: let the {@code InterruptedException} out, or set the interrupt flag again
     * ({@code Thread.currentThread().interrupt()}) before you return.
     *
     * @param tasks        the work, e.g. 20 tasks that block; one new virtual thread per task
     * @param limit        how many tasks may run at once, e.g. 3
     * @param newSemaphore makes the semaphore: call {@code newSemaphore.apply(limit)} where you would write
     *                     {@code new Semaphore(limit)} (the tests hand you one they can watch)
     */
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        throw new UnsupportedOperationException(
                "make one semaphore with newSemaphore.apply(limit), run every task on a new virtual thread that holds a permit"
                        + " while the task runs (give the permit back in finally), and return once all have finished"
                        + " (then delete this throw statement).");
    }
}
