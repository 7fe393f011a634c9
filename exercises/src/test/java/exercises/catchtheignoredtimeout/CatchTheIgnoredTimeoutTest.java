package exercises.catchtheignoredtimeout;

import static exercises.support.TestsOnTrial.mustCatch;
import static exercises.support.TestsOnTrial.mustNotSleep;
import static exercises.support.TestsOnTrial.mustPassAll;

import exercises.support.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** Judges the learner's tests (CatchTheIgnoredTimeout) of chapter 09's Deadline: every right one passes, every wrong one fails. */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class CatchTheIgnoredTimeoutTest {

    private static final Class<?> TESTS = CatchTheIgnoredTimeout.class;

    @Test
    void yourTestsNeverSleep() {
        mustNotSleep(TESTS, DeadlineCode.right());
    }

    @Test
    void yourTestsPassEveryRightDeadline() {
        mustPassAll(TESTS, DeadlineCode.right(), Lesson.YOU_WRITE_THE_TEST);
    }

    @Test
    void yourTestsCatchADeadlineThatIgnoresTheAnswer() {
        mustCatch(TESTS, DeadlineCode.IGNORES_THE_ANSWER, DeadlineCode.right(), Lesson.TEST_TIMED_WAITS);
    }

    @Test
    void yourTestsCatchADeadlineThatPrintsWhenLate() {
        mustCatch(TESTS, DeadlineCode.PRINTS_WHEN_LATE, DeadlineCode.right(), Lesson.TEST_TIMED_WAITS);
    }

    @Test
    void yourTestsCatchADeadlineThatLeavesLateTasksRunning() {
        mustCatch(TESTS, DeadlineCode.LEAVES_LATE_TASKS, DeadlineCode.right(), Lesson.TEST_COMPLETENESS);
    }

    @Test
    void yourTestsCatchADeadlineThatWaitsWithoutALimit() {
        mustCatch(TESTS, DeadlineCode.WAITS_WITHOUT_A_LIMIT, DeadlineCode.right(), Lesson.TEST_TIMED_WAITS);
    }

    @Test
    void yourTestsCatchADeadlineThatDoesNotWait() {
        mustCatch(TESTS, DeadlineCode.DOES_NOT_WAIT, DeadlineCode.right(), Lesson.TEST_GATES);
    }

    @Test
    void yourTestsCatchADeadlineThatForgetsTheFinalLine() {
        mustCatch(TESTS, DeadlineCode.FORGETS_THE_FINAL_LINE, DeadlineCode.right(), Lesson.TEST_COMPLETENESS);
    }

    @Test
    void yourTestsCatchADeadlineThatSwallowsAnInterrupt() {
        mustCatch(TESTS, DeadlineCode.SWALLOWS_THE_INTERRUPT, DeadlineCode.right(), Lesson.TEST_INTERRUPTS);
    }

    @Test
    void yourTestsCatchADeadlineThatStopsNothingWhenInterrupted() {
        mustCatch(TESTS, DeadlineCode.STOPS_NOTHING_WHEN_INTERRUPTED, DeadlineCode.right(), Lesson.TEST_INTERRUPTS);
    }
}
