package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every task ran exactly once, and none was stopped half-way: a program that waited but lost work fails. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompletenessTest {

    // tag::completeness[]
    @Test
    void stoppingThePoolAtOnceLosesTasksAndTheCheckSaysWhich() throws InterruptedException {
        var program = SeedPrograms.stopsThePoolAtOnce(() -> Executors.newFixedThreadPool(1));

        var outcome = FinalLineCheck.check(program, 4, 0);

        assertThat(outcome.kept()).isFalse();
        // one worker, held at task0 or never reaching it: at least the last three tasks never ran
        assertThat(outcome.notRunExactlyOnce())
                .contains("task1 ran 0 times", "task2 ran 0 times", "task3 ran 0 times");
        assertThat(outcome.printedEarly()).as("unfinished tasks when the final line came").isTrue();
    }
    // end::completeness[]

    @Test
    void theRightProgramRunsEveryTaskOnce() throws InterruptedException {
        assertThat(FinalLineCheck.check(SeedPrograms::joinsEveryThread, 4, 2).notRunExactlyOnce()).isEmpty();
    }
}
