package exercises.catchtheoffbyone;

import org.junit.jupiter.api.Test;
import workbook.ch09.Subjects;
import workbook.ch09.TaskWaiter;

/**
 * Exercise catch-the-off-by-one (chapter 09, testing concurrent code): here YOU write the tests. The code under
 * test is a {@link TaskWaiter}: it runs every task on the executor you hand it and returns once every task has
 * finished, a task that throws included; interrupted while it waits, it throws InterruptedException.
 *
 * <p>Get the waiter under test from {@link Subjects#taskWaiter()} in each test. Run as they are (in your IDE), your
 * tests meet the right waiter of chapter 09 (TaskWaiters.countsDownInFinally). {@code ./learn check
 * catch-the-off-by-one} runs them against several right waiters, which they must all pass, and several wrong ones
 * (each counts wrong in its own way), each of which some test of yours must fail, on every run.
 *
 * <p>Use chapter 09's library (workbook.ch09: HeldTasks, Caller, Watch): hold tasks at a gate your test owns, never
 * sleep (the check turns down tests that call Thread.sleep). A test may take 10 seconds against right code and 2
 * against wrong code, whose waits may never end (leave @Timeout out:
 * the check sets these).
 *
 * <pre>
 *   ./learn check catch-the-off-by-one   run the judge: your tests against right and wrong implementations
 *   ./learn hint catch-the-off-by-one    stuck? a hint
 *   ./learn watch                         re-check on every save, then go on to the next exercise
 *   ./learn reset catch-the-off-by-one   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=CatchTheOffByOneTest      the same check with plain Maven
 * </pre>
 */
class CatchTheOffByOne {

    @Test
    void returnsOnlyOnceEveryTaskHasFinished() {
        TaskWaiter waiter = Subjects.taskWaiter();
        throw new UnsupportedOperationException(
                "Write your tests of the TaskWaiter in CatchTheOffByOne (see chapter 09, \"You write the test\"), then delete this line.");
    }
}
