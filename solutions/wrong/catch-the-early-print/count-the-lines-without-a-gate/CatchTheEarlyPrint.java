package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.ch09.RecordingOut;
import workbook.ch09.Subjects;

// Expect: Your tests let a wrong implementation through: prints-before-waiting
/** Wrong on purpose: no gate, only counts the final lines; the tasks end too soon for any early print to show. */
class CatchTheEarlyPrint {

    @Test
    void printsTheFinalLineOnce() throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < 10; i++) tasks.add(() -> { });
        Subjects.seedProgram().run(List.copyOf(tasks), out);
        assertThat(out.linesEqualTo("123")).hasSize(1);
    }
}
