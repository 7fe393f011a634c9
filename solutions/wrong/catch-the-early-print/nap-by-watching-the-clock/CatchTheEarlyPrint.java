package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.Caller;
import workbook.ch09.HeldTasks;
import workbook.ch09.RecordingOut;
import workbook.ch09.Subjects;

// Expect: System.nanoTime
/** Wrong on purpose: holds a task at a gate, but spins until 200 ms have gone by on the clock instead of watching the program wait. */
class CatchTheEarlyPrint {

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 9})
    void noFinalLineWhileATaskIsHeld(int held) throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(10, 2, held, out);
        var caller = Caller.start(() -> Subjects.seedProgram().run(tasks.list(), out));
        long until = System.nanoTime() + 200_000_000L; // no sleep: "just" a look at the clock
        while (System.nanoTime() < until) Thread.onSpinWait();
        var early = out.linesEqualTo("123");
        tasks.open();
        caller.join();
        assertThat(early).isEmpty();
        assertThat(out.linesEqualTo("123")).hasSize(1);
    }
}
