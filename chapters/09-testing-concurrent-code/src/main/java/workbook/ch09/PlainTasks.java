package workbook.ch09;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Tasks that each print numbered lines, as the seed's do, and nothing else; {@link #awaitAll} ends a run cleanly. */
final class PlainTasks {

    private final List<Runnable> tasks = new ArrayList<>();
    private final CountDownLatch done;

    PlainTasks(int count, int lines, PrintStream out) {
        done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            var name = "task" + i + " ";
            tasks.add(() -> {
                for (int line = 0; line < lines; line++) out.println(name + line);
                done.countDown();
            });
        }
    }

    List<Runnable> list() {
        return List.copyOf(tasks);
    }

    /** Waits until every task has finished, so that one run never overlaps the next. */
    void awaitAll() throws InterruptedException {
        done.await();
    }

    /** Whether {@code lines} are every task's lines followed by the final line, and nothing else. */
    static boolean complete(List<RecordingOut.Line> lines, int count, int linesPerTask) {
        return lines.size() == count * linesPerTask + 1
                && lines.getLast().text().equals(SeedProgram.FINAL_LINE);
    }
}
