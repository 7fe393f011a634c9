package exercises.support;

/**
 * The verdict of a run in which the test interrupted the learner's thread while it waited for held work
 * ({@link HeldRun#interrupting}, or an exercise's own run that does the same). One wording for every exercise:
 * <ul>
 *   <li>the result (the final line, the report, the returned list) produced while the held work was unfinished:
 *       the interrupt was taken as the end of the work;</li>
 *   <li>the result produced after the work, but the interrupt dropped on return: kept waiting (fine), then hid it;</li>
 *   <li>no result, no exception and the interrupt dropped: the interrupt was swallowed;</li>
 *   <li>no result and an exception that does not carry the InterruptedException, with the flag dropped: say so.</li>
 * </ul>
 * Keeping on waiting (as {@code close()} does) and then restoring the flag, or stopping and saying so (throwing the
 * InterruptedException, or restoring the flag and returning without a result), passes. The checks of the result
 * itself (complete, in order, on time) stay with the exercise's test.
 */
public final class InterruptExpect {

    private InterruptExpect() {}

    /**
     * @param early     what was produced early, e.g. "'123' was printed while 1 of 5 tasks was still running", or null
     * @param delivered whether the result was produced (after the work, if {@code early} is null)
     * @param result    how the advice names the result, e.g. "the final line", "the report", "the outcomes"; null for none
     * @param what      what was waited for, e.g. "tasks", "downloads", "pages"
     */
    public static void respected(Throwable thrown, boolean flagSetAtReturn, String early, boolean delivered, String result,
                                 String what) {
        if (early != null) {
            throw new AssertionError(early + ". Your thread was interrupted while it waited for them (the test interrupted it),"
                    + " and your code went on as if the " + what + " had finished. An interrupt asks your code to stop waiting,"
                    + " not to pretend the work is done: let the InterruptedException leave your method (or wrap it as the"
                    + " cause), or restore it with Thread.currentThread().interrupt() and return"
                    + (result == null ? "" : " without " + result) + ".\n  "
                    + Lesson.INTERRUPTS);
        }
        if (flagSetAtReturn) return; // kept waiting or stopped; either way the caller can tell
        if (delivered && thrown == null) {
            throw new AssertionError("Your thread was interrupted while it waited for the " + what + " (the test interrupted it). It"
                    + " kept waiting, which is fine, but then returned with the interrupt dropped: your caller cannot tell that"
                    + " someone asked it to stop. After waiting, set it again with Thread.currentThread().interrupt(), as"
                    + " close() does.\n  " + Lesson.INTERRUPTS);
        }
        if (thrown == null) {
            throw new AssertionError("Your thread was interrupted while it waited for the " + what + " (the test interrupted it), and"
                    + " your method returned quietly, without " + result + " and without saying why: the interrupt was swallowed,"
                    + " so your caller cannot tell that the work was abandoned. Let the InterruptedException leave your method, or"
                    + " call Thread.currentThread().interrupt() before returning.\n  " + Lesson.INTERRUPTS);
        }
        if (!causedByInterrupt(thrown)) {
            throw new AssertionError("Your thread was interrupted while it waited for the " + what + " (the test interrupted it), and"
                    + " your code then threw " + thrown + ", which does not carry the interrupt. Let the InterruptedException itself"
                    + " leave your method, or wrap it as the cause.\n  " + Lesson.INTERRUPTS, thrown);
        }
    }

    /** On the path where the learner's code stopped: the pools it made were shut down, not left running. */
    public static void poolsShutDownOnStop(java.util.List<? extends java.util.concurrent.ExecutorService> pools) {
        for (var p : pools) {
            if (!p.isShutdown()) {
                throw new AssertionError("Your thread was interrupted while it waited, and your code stopped (fine), but it left the"
                        + " pool running: its threads stay alive and keep the JVM from exiting. Shut the pool down on that path too"
                        + " (shutdownNow() stops its tasks; try-with-resources does it for you).\n  " + Lesson.INTERRUPTS);
            }
        }
    }

    public static boolean causedByInterrupt(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof InterruptedException) return true;
            if (c.getCause() == c) break;
        }
        return false;
    }
}
