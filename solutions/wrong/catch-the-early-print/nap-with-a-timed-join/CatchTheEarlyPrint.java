package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.Caller;
import workbook.ch09.HeldTasks;
import workbook.ch09.RecordingOut;
import workbook.ch09.Subjects;

// Expect: Thread.join with a timeout
/** Wrong on purpose: holds a task at a gate, but naps in a timed join of the program's thread instead of watching it wait. */
class CatchTheEarlyPrint {

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 9})
    void noFinalLineWhileATaskIsHeld(int held) throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(10, 2, held, out);
        var caller = Caller.start(() -> Subjects.seedProgram().run(tasks.list(), out));
        caller.thread().join(200); // no sleep: "just" a timed join
        var early = out.linesEqualTo("123");
        tasks.open();
        caller.join();
        assertThat(early).isEmpty();
        assertThat(out.linesEqualTo("123")).hasSize(1);
    }
}
