package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A timed wait whose answer is ignored passes a test that lets it wait; a pool whose timed waits time out catches it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimedWaitTest {

    static final int TASKS = 4;

    @Test
    void onAnOrdinaryPoolTheIgnoredTimeoutGoesUnseen() throws InterruptedException {
        var program = SeedPrograms.waitsOnceOnAPool(() -> Executors.newFixedThreadPool(2));

        // The test opens the gate as soon as the program waits, long before its second is up: the bug hides.
        assertThat(FinalLineCheck.check(program, TASKS, TASKS - 1).kept()).isTrue();
    }

    // tag::timing-out-pool[]
    @Test
    void onAPoolWhoseWaitsTimeOutTheIgnoredTimeoutIsCaught() throws InterruptedException {
        var pool = new TimingOutPool(Executors.newFixedThreadPool(2), 25);
        var program = SeedPrograms.waitsOnceOnAPool(() -> pool);

        var outcome = FinalLineCheck.check(program, TASKS, TASKS - 1);

        assertThat(pool.timedOut()).isEqualTo(1);
        assertThat(outcome.printedEarly()).as("final line after a wait that said 'not yet'").isTrue();
    }

    @Test
    void aProgramThatWaitsAgainPassesOnThatPoolToo() throws InterruptedException {
        var pool = new TimingOutPool(Executors.newFixedThreadPool(2), 25);
        var program = SeedPrograms.waitsUntilThePoolIsDone(() -> pool);

        assertThat(FinalLineCheck.check(program, TASKS, TASKS - 1).kept()).isTrue();
        assertThat(pool.timedOut()).isEqualTo(25);
    }
    // end::timing-out-pool[]
}
