package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.Caller;
import workbook.ch09.HeldTasks;
import workbook.ch09.RecordingOut;
import workbook.ch09.Subjects;

// Expect: Your tests call Thread.sleep
/** Wrong on purpose: holds a task at a gate, but sleeps "long enough" instead of watching the program wait. */
class CatchTheEarlyPrint {

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 9})
    void noFinalLineWhileATaskIsHeld(int held) throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(10, 2, held, out);
        var caller = Caller.start(() -> Subjects.seedProgram().run(tasks.list(), out));
        Thread.sleep(200); // "surely it has printed by now, if it was going to"
        var early = out.linesEqualTo("123");
        tasks.open();
        caller.join();
        assertThat(early).isEmpty();
        assertThat(out.linesEqualTo("123")).hasSize(1);
    }
}
