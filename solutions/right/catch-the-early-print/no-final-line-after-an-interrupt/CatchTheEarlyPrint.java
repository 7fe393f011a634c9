package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.FinalLineCheck;
import workbook.ch09.Subjects;

/** Right, and stricter than the reference: an interrupted program must print no final line at all, as the contract says. */
class CatchTheEarlyPrint {

    private static final int TASKS = 10;

    // A program may wait for any subset of the tasks: hold the first, one in the middle and the last in turn.
    @ParameterizedTest(name = "task {0} of " + TASKS + " held")
    @ValueSource(ints = {0, 1, TASKS / 2, TASKS - 1})
    void theFinalLineComesOnceAfterEveryTask(int held) throws InterruptedException {
        var outcome = FinalLineCheck.check(Subjects.seedProgram(), TASKS, held);

        assertThat(outcome.thrown()).as("what the program threw").isNull();
        assertThat(outcome.notRunExactlyOnce()).as("tasks not run exactly once").isEmpty();
        assertThat(outcome.finalLines()).as("the final lines printed").hasSize(1);
        assertThat(outcome.finalLines().getFirst().unfinishedTasks()).as("tasks unfinished when '123' was printed").isZero();
    }

    // Interrupted while it waits, a program stops (no final line) or keeps waiting (the line after every task).
    @ParameterizedTest(name = "task {0} of " + TASKS + " held, then the program interrupted")
    @ValueSource(ints = {0, TASKS - 1})
    void anInterruptNeverLetsTheFinalLineOutEarly(int held) throws InterruptedException {
        var outcome = FinalLineCheck.checkInterrupted(Subjects.seedProgram(), TASKS, held);

        assertThat(outcome.finalLines()).as("the final lines printed when interrupted").isEmpty();
    }
}
