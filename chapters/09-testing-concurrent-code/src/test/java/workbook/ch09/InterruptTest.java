package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Interrupting the waiting thread: stopping, or waiting again, passes; going on as if the task were done fails. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptTest {

    static final int TASKS = 4;

    // tag::interrupt-tests[]
    @Test
    void joinsEveryThreadStopsWaitingAndPrintsNothing() throws InterruptedException {
        var outcome = FinalLineCheck.checkInterrupted(SeedPrograms::joinsEveryThread, TASKS, 3);

        assertThat(outcome.stoppedOrWaited()).as("%s", outcome).isTrue();
        assertThat(outcome.finalLines()).isEmpty();
    }

    @Test
    void swallowsTheInterruptPrintsTheFinalLineWhileTheTaskRuns() throws InterruptedException {
        var outcome = FinalLineCheck.checkInterrupted(SeedPrograms::swallowsTheInterrupt, TASKS, 3);

        assertThat(outcome.printedEarly()).isTrue();
    }
    // end::interrupt-tests[]

    @Test
    void aPoolProgramStopsOnAnInterruptToo() throws InterruptedException {
        var program = SeedPrograms.waitsUntilThePoolIsDone(() -> java.util.concurrent.Executors.newFixedThreadPool(2));

        assertThat(FinalLineCheck.checkInterrupted(program, TASKS, TASKS - 1).stoppedOrWaited()).isTrue();
    }
}
