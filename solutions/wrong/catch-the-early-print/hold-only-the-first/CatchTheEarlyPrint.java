package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.FinalLineCheck;
import workbook.ch09.Subjects;

// Expect: Your tests let a wrong implementation through: joins-all-but-the-last
/** Wrong on purpose: holds only the first task, so a program that forgets the last one passes. */
class CatchTheEarlyPrint {

    private static final int TASKS = 10;

    // A program may wait for any subset of the tasks: hold the first, one in the middle and the last in turn.
    @ParameterizedTest(name = "task {0} of " + TASKS + " held")
    @ValueSource(ints = {0})
    void theFinalLineComesOnceAfterEveryTask(int held) throws InterruptedException {
        var outcome = FinalLineCheck.check(Subjects.seedProgram(), TASKS, held);

        assertThat(outcome.thrown()).as("what the program threw").isNull();
        assertThat(outcome.notRunExactlyOnce()).as("tasks not run exactly once").isEmpty();
        assertThat(outcome.finalLines()).as("the final lines printed").hasSize(1);
        assertThat(outcome.finalLines().getFirst().unfinishedTasks()).as("tasks unfinished when '123' was printed").isZero();
    }

    // Interrupted while it waits, a program stops (no final line) or keeps waiting (the line after every task).
    @ParameterizedTest(name = "task {0} of " + TASKS + " held, then the program interrupted")
    @ValueSource(ints = {0})
    void anInterruptNeverLetsTheFinalLineOutEarly(int held) throws InterruptedException {
        var outcome = FinalLineCheck.checkInterrupted(Subjects.seedProgram(), TASKS, held);

        assertThat(outcome.printedEarly()).as("'123' printed while a task was unfinished").isFalse();
        assertThat(outcome.stoppedOrWaited()).as("stopped or waited: " + outcome).isTrue();
    }
}
