package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.Caller;
import workbook.ch09.FinalLineCheck;
import workbook.ch09.HeldTasks;
import workbook.ch09.RecordingOut;
import workbook.ch09.Subjects;
import workbook.ch09.Watch;

// Expect: held task(s) waiting at a HeldTasks gate that nobody opened
/** Wrong on purpose: right checks, but an assertion that fails before tasks.open() leaves the held task waiting for ever. */
class CatchTheEarlyPrint {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9})
    void noFinalLineWhileATaskIsHeld(int held) throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(10, 2, held, out);
        var caller = Caller.start(() -> Subjects.seedProgram().run(tasks.list(), out));
        Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
        assertThat(out.linesEqualTo("123")).as("final lines while a task is held").isEmpty(); // fails: no open() then
        tasks.open();
        caller.join();
        assertThat(out.linesEqualTo("123")).hasSize(1);
        assertThat(tasks.notRunExactlyOnce()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9})
    void anInterruptNeverLetsTheFinalLineOutEarly(int held) throws InterruptedException {
        assertThat(FinalLineCheck.checkInterrupted(Subjects.seedProgram(), 10, held).stoppedOrWaited()).isTrue();
    }
}
