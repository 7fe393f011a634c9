package exercises.catchtheoffbyone;

import static exercises.support.TestsOnTrial.mustCatch;
import static exercises.support.TestsOnTrial.mustNotSleep;
import static exercises.support.TestsOnTrial.mustPassAll;

import exercises.support.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** Judges the learner's tests (CatchTheOffByOne) of chapter 09's TaskWaiter: every right waiter passes, every wrong one fails. */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class CatchTheOffByOneTest {

    private static final Class<?> TESTS = CatchTheOffByOne.class;

    @Test
    void yourTestsNeverSleep() {
        mustNotSleep(TESTS, Waiters.right());
    }

    @Test
    void yourTestsPassEveryRightWaiter() {
        mustPassAll(TESTS, Waiters.right(), Lesson.YOU_WRITE_THE_TEST);
    }

    @Test
    void yourTestsCatchALatchOneShort() {
        mustCatch(TESTS, Waiters.ONE_SHORT, Waiters.right(), Lesson.TEST_GATES);
    }

    @Test
    void yourTestsCatchAWaiterThatCountsWhenATaskStarts() {
        mustCatch(TESTS, Waiters.COUNTS_DOWN_FIRST, Waiters.right(), Lesson.TEST_GATES);
    }

    @Test
    void yourTestsCatchAWaiterThatHangsWhenATaskThrows() {
        mustCatch(TESTS, Waiters.HANGS_ON_A_FAILURE, Waiters.right(), Lesson.TEST_COMPLETENESS);
    }

    @Test
    void yourTestsCatchAWaiterThatCountsAFailureTwice() {
        mustCatch(TESTS, Waiters.COUNTS_A_FAILURE_TWICE, Waiters.right(), Lesson.TEST_COMPLETENESS);
    }

    @Test
    void yourTestsCatchAWaiterThatForgetsTheLastTask() {
        mustCatch(TESTS, Waiters.ALL_BUT_THE_LAST, Waiters.right(), Lesson.TEST_RELEASE_ORDERS);
    }

    @Test
    void yourTestsCatchAWaiterThatSwallowsAnInterrupt() {
        mustCatch(TESTS, Waiters.SWALLOWS_THE_INTERRUPT, Waiters.right(), Lesson.TEST_INTERRUPTS);
    }
}
