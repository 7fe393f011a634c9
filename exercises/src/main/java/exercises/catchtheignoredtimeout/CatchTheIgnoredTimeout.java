package exercises.catchtheignoredtimeout;

import org.junit.jupiter.api.Test;
import workbook.ch09.Deadline;
import workbook.ch09.Subjects;

/**
 * Exercise catch-the-ignored-timeout (chapter 09, testing concurrent code): here YOU write the tests. The code
 * under test is a {@link Deadline}: it hands every task to the pool you give it, shuts the pool down and waits at
 * most the timeout you give it. On time: it prints "123" once and returns true. Late: it stops the tasks still
 * running (shutdownNow), prints nothing and returns false. Interrupted while it waits: it stops the tasks and
 * throws InterruptedException.
 *
 * <p>Get the code under test from {@link Subjects#deadline()} in each test. Run as they are (in your IDE), your
 * tests meet the right one of chapter 09 (Deadlines.checksTheAnswer). {@code ./learn check
 * catch-the-ignored-timeout} runs them against several right ones, which they must all pass, and several wrong
 * ones, each of which some test of yours must fail, on every run.
 *
 * <p>Use chapter 09's library (workbook.ch09: HeldTasks, Caller, Watch, RecordingOut): hold tasks at a gate your
 * test owns, never sleep (the check turns down tests that call Thread.sleep). A test may take 10 seconds against
 * right code and 2 against wrong code, whose waits may never end (leave @Timeout out:
 * the check sets these).
 *
 * <pre>
 *   ./learn check catch-the-ignored-timeout   run the judge: your tests against right and wrong implementations
 *   ./learn hint catch-the-ignored-timeout    stuck? a hint
 *   ./learn watch                         re-check on every save, then go on to the next exercise
 *   ./learn reset catch-the-ignored-timeout   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=CatchTheIgnoredTimeoutTest      the same check with plain Maven
 * </pre>
 */
class CatchTheIgnoredTimeout {

    @Test
    void onTimeItPrintsOnceAndAnswersTrue() {
        Deadline deadline = Subjects.deadline();
        throw new UnsupportedOperationException(
                "Write your tests of the Deadline in CatchTheIgnoredTimeout (see chapter 09, \"You write the test\"), then delete this line.");
    }
}
