package exercises.catchtheearlyprint;

import static exercises.support.TestsOnTrial.mustCatch;
import static exercises.support.TestsOnTrial.mustNotSleep;
import static exercises.support.TestsOnTrial.mustPassAll;

import exercises.support.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Judges the learner's tests (CatchTheEarlyPrint) of chapter 09's SeedProgram: they must pass every right program
 * and fail every wrong one. Each check runs the learner's tests once against one program; the learner's tests bring
 * their own gates, so the verdict is theirs.
 */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class CatchTheEarlyPrintTest {

    private static final Class<?> TESTS = CatchTheEarlyPrint.class;

    @Test
    void yourTestsNeverSleep() {
        mustNotSleep(TESTS, Programs.right());
    }

    @Test
    void yourTestsPassEveryRightProgram() {
        mustPassAll(TESTS, Programs.right(), Lesson.YOU_WRITE_THE_TEST);
    }

    @Test
    void yourTestsCatchAProgramThatPrintsBeforeWaiting() {
        mustCatch(TESTS, Programs.PRINTS_BEFORE_WAITING, Programs.right(), Lesson.TEST_GATES);
    }

    @Test
    void yourTestsCatchAProgramThatDoesNotWaitForItsPool() {
        mustCatch(TESTS, Programs.SHUTDOWN_WITHOUT_WAITING, Programs.right(), Lesson.TEST_GATES);
    }

    @Test
    void yourTestsCatchAProgramThatForgetsTheLastTask() {
        mustCatch(TESTS, Programs.JOINS_ALL_BUT_THE_LAST, Programs.right(), Lesson.TEST_RELEASE_ORDERS);
    }

    @Test
    void yourTestsCatchAProgramThatForgetsTheFirstTask() {
        mustCatch(TESTS, Programs.JOINS_ALL_BUT_THE_FIRST, Programs.right(), Lesson.TEST_RELEASE_ORDERS);
    }

    @Test
    void yourTestsCatchAProgramThatWaitsForEveryOtherTask() {
        mustCatch(TESTS, Programs.JOINS_EVERY_OTHER, Programs.right(), Lesson.TEST_RELEASE_ORDERS);
    }

    @Test
    void yourTestsCatchAProgramThatSwallowsAnInterrupt() {
        mustCatch(TESTS, Programs.SWALLOWS_THE_INTERRUPT, Programs.right(), Lesson.TEST_INTERRUPTS);
    }

    @Test
    void yourTestsCatchAProgramThatPrintsTwice() {
        mustCatch(TESTS, Programs.PRINTS_TWICE, Programs.right(), Lesson.TEST_COMPLETENESS);
    }

    @Test
    void yourTestsCatchAProgramThatRunsATaskTwice() {
        mustCatch(TESTS, Programs.RUNS_A_TASK_TWICE, Programs.right(), Lesson.TEST_COMPLETENESS);
    }
}
