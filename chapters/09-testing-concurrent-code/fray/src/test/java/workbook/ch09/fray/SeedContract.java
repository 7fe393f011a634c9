package workbook.ch09.fray;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.ch09.RecordingOut;
import workbook.ch09.SeedProgram;

/**
 * The seed's contract as a plain assertion, for Fray to run under many schedules: no gate, no watching, no clock.
 * Fray decides which thread runs at each step; a schedule that breaks the assertion fails the test and is saved for
 * replay. Each program has a test class of its own, so that fray/run can tell from each class's output file after how
 * many iterations Fray found a bug, or how many it ran without finding one.
 */
final class SeedContract {

    static final int TASKS = 3;
    static final int ITERATIONS = 100;

    private SeedContract() {}

    // tag::fray-contract[]
    static void finalLineComesLast(SeedProgram program) throws InterruptedException {
        var finished = new AtomicInteger();
        var out = RecordingOut.create();
        out.countUnfinishedWith(() -> TASKS - finished.get());
        Runnable task = finished::incrementAndGet;
        var tasks = List.of(task, task, task);

        program.run(tasks, out);

        for (var line : out.linesEqualTo(SeedProgram.FINAL_LINE)) {
            if (line.unfinishedTasks() != 0) {
                throw new AssertionError("final line, tasks unfinished: " + line.unfinishedTasks());
            }
        }
    }
    // end::fray-contract[]
}
