package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.Caller;
import workbook.ch09.HeldTasks;
import workbook.ch09.RecordingOut;
import workbook.ch09.Subjects;
import workbook.ch09.Watch;

/** Right: the story told with the library's pieces instead of FinalLineCheck. */
class CatchTheEarlyPrint {

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 7})
    void theFinalLineWaitsForTheHeldTask(int held) throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(8, 3, held, out);
        out.countUnfinishedWith(tasks::unfinished);
        var caller = Caller.start(() -> Subjects.seedProgram().run(tasks.list(), out));
        Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
        tasks.open();
        caller.join();

        assertThat(caller.thrown()).isNull();
        assertThat(tasks.notRunExactlyOnce()).isEmpty();
        assertThat(out.linesEqualTo("123")).singleElement().extracting(RecordingOut.Line::unfinishedTasks).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7})
    void anInterruptedProgramPrintsNothingEarly(int held) throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(8, 3, held, out);
        out.countUnfinishedWith(tasks::unfinished);
        var caller = Caller.start(() -> Subjects.seedProgram().run(tasks.list(), out));
        Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
        long waited = Watch.waitedCount(caller.thread());
        caller.thread().interrupt();
        Watch.awaitWaitingAgainOrEnded(caller.thread(), waited);
        tasks.open();
        caller.join();

        assertThat(out.linesEqualTo("123")).allSatisfy(line -> assertThat(line.unfinishedTasks()).isZero());
        assertThat(caller.thrown()).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(InterruptedException.class));
    }
}
