package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate the test owns: a final line printed while it is shut was printed too early, on every run. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GatedCheckTest {

    static final int TASKS = 4;

    // tag::catches-never-waits[]
    @Test
    void neverWaitsPrintsTheFinalLineWhileTheHeldTaskRuns() throws InterruptedException {
        var outcome = FinalLineCheck.check(SeedPrograms::neverWaits, TASKS, 0);

        assertThat(outcome.printedEarly()).as("final line printed while the gate was shut").isTrue();
        assertThat(outcome.finalLines().getFirst().unfinishedTasks()).isGreaterThanOrEqualTo(1);
    }
    // end::catches-never-waits[]

    @ParameterizedTest(name = "held task {0}")
    @ValueSource(ints = {0, 1, TASKS - 1})
    void joinsEveryThreadKeepsTheContractWhereverTheHeldTaskIs(int held) throws InterruptedException {
        var outcome = FinalLineCheck.check(SeedPrograms::joinsEveryThread, TASKS, held);

        assertThat(outcome.kept()).as("%s", outcome).isTrue();
    }

    // tag::release-orders[]
    @Test
    void joinsAllButTheLastIsCaughtOnlyWhenTheLastTaskIsTheHeldOne() throws InterruptedException {
        SeedProgram program = SeedPrograms::joinsAllButTheLast;

        assertThat(FinalLineCheck.check(program, TASKS, 0).kept())
                .as("first task held: the program waits for it, and the bug hides").isTrue();
        assertThat(FinalLineCheck.check(program, TASKS, TASKS - 1).printedEarly())
                .as("last task held: the final line comes out while it runs").isTrue();
    }
    // end::release-orders[]

    @ParameterizedTest(name = "held task {0}")
    @ValueSource(ints = {0, 1, TASKS - 1})
    void aLatchCountedOneShortIsCaughtWhereverTheHeldTaskIs(int held) throws InterruptedException {
        assertThat(FinalLineCheck.check(SeedPrograms::countsTheLatchOneShort, TASKS, held).printedEarly()).isTrue();
    }

    /**
     * The latch's last countDown() can come just before the check looks: the program's thread still shows WAITING,
     * already released. The check wakes a parked thread once and waits for it to park again before it trusts the
     * wait, so this is caught on every run, not on most.
     */
    @RepeatedTest(50)
    void aLatchCountedOneShortIsCaughtWhenItsLastCountDownIsFresh() throws InterruptedException {
        assertThat(FinalLineCheck.check(SeedPrograms::countsTheLatchOneShort, TASKS, 0).printedEarly()).isTrue();
    }

    @Test
    void aPoolWaitedForUntilDoneKeepsTheContract() throws InterruptedException {
        var program = SeedPrograms.waitsUntilThePoolIsDone(() -> java.util.concurrent.Executors.newFixedThreadPool(2));

        assertThat(FinalLineCheck.check(program, TASKS, TASKS - 1).kept()).isTrue();
    }
}
