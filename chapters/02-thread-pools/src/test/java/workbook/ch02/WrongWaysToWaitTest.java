package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.Caller;
import workbook.testkit.ThreadGate;

/**
 * Proves the broken idioms the chapter shows really are broken, without relying on timing luck: the tasks
 * are held at a gate the test opens only after it has looked at what was printed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WrongWaysToWaitTest {

    @Test
    void shutdownAloneReturnsAtOnceAndTheFinalLineComesFirst() {
        var held = new ThreadGate();
        var out = new RecordingOut();

        ShutdownIsNotWaiting.runOnPool(held.tasks(5), 2, out);

        int finishedWhenPrinted = held.finished();
        held.open();
        assertThat(out.lines()).containsExactly("123");
        assertThat(finishedWhenPrinted).as("tasks finished before '123' was printed").isZero();
    }

    @Test
    void anIgnoredFalseFromAwaitTerminationPrintsTooEarly() throws InterruptedException {
        var held = new ThreadGate();
        var out = new RecordingOut();

        IgnoredAwaitResult.runOnPool(held.tasks(5), 2, 10, out); // held tasks: the 10 ms run out, it returns false

        int finishedWhenPrinted = held.finished();
        held.open();
        assertThat(out.lines()).containsExactly("123");
        assertThat(finishedWhenPrinted).isZero();
    }

    @Test
    void sleepingIsAGuessThatHeldTasksAlwaysOutlast() throws InterruptedException {
        var held = new ThreadGate();
        var out = new RecordingOut();

        SleepInsteadOfWaiting.runOnPool(held.tasks(5), 2, 10, out);

        int finishedWhenPrinted = held.finished();
        held.open();
        assertThat(out.lines()).containsExactly("123");
        assertThat(finishedWhenPrinted).isZero();
    }

    @Test
    void waitingForTheLastFutureOnlyMissesATaskThatIsStillRunning() throws Exception {
        var held = new ThreadGate();
        var out = new RecordingOut();
        var done = new AtomicInteger();
        var tasks = new ArrayList<Runnable>();
        tasks.add(held.task());                                   // the first task is held...
        for (int i = 0; i < 4; i++) tasks.add(done::incrementAndGet); // ...the others, the last one included, are not

        LastFutureOnly.runOnPool(tasks, 4, out);

        int heldFinishedWhenPrinted = held.finished();
        held.open();
        assertThat(out.lines()).containsExactly("123");
        assertThat(heldFinishedWhenPrinted).as("the first task had finished when '123' was printed").isZero();
    }

    @Test
    void theFinalLineSubmittedAsATaskRunsAlongsideTheOthers() throws Exception {
        var held = new ThreadGate();
        var out = new RecordingOut();

        var caller = Caller.start("caller", () -> FinalLineAsTask.runOnPool(held.tasks(3), 4, out));
        out.awaitFinalLine(); // a free worker printed it; close() is still waiting for the held tasks

        int finishedWhenPrinted = held.finished();
        held.open();
        caller.finish();
        assertThat(finishedWhenPrinted).isZero();
    }

    /** A fixed pool that counts how often it is asked whether it has terminated. */
    static final class CountingPool extends ThreadPoolExecutor {
        final AtomicInteger asked = new AtomicInteger();
        final CountDownLatch askedOften;

        CountingPool(int size, int often) {
            super(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
            askedOften = new CountDownLatch(often);
        }

        @Override
        public boolean isTerminated() {
            asked.incrementAndGet();
            askedOften.countDown();
            return super.isTerminated();
        }
    }

    @Test
    void busyWaitingAsksAHundredThousandTimesWhileNoTaskCanFinish() throws Exception {
        var held = new ThreadGate();
        var out = new RecordingOut();
        var pool = new CountingPool(2, 100_000);

        var caller = Caller.start("caller", () -> BusyWaiting.runOnPool(pool, held.tasks(3), out));
        pool.askedOften.await(); // returns only once the caller has asked 100,000 times

        assertThat(held.finished()).isEqualTo(0);
        assertThat(out.lines()).isEmpty();
        assertThat(caller.thread().getState()).as("the busy waiter never blocks").isEqualTo(Thread.State.RUNNABLE);
        held.open();
        caller.finish();
        assertThat(out.lines()).containsExactly("123"); // correct in the end, at the price of a busy core
    }

    @Test
    void closeAsksOnceThenBlocksUntilTheTasksAreDone() throws Exception {
        var held = new ThreadGate();
        var pool = new CountingPool(2, 1);

        var caller = Caller.start("caller", () -> {
            try (pool) {
                held.tasks(3).forEach(pool::submit);
            }
        });
        caller.awaitParkedIn("awaitTermination");

        assertThat(pool.asked).as("isTerminated() calls while close() waits").hasValue(1);
        assertThat(caller.thread().getState()).as("close() waits in awaitTermination(1, DAYS): a timed wait")
                .isEqualTo(Thread.State.TIMED_WAITING);
        held.open();
        caller.finish();
        assertThat(held.finished()).isEqualTo(3);
    }
}
