package workbook.ch02;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Tasks for the demonstrations' main methods. The tests use tasks of their own, held at a latch. */
final class DemoTasks {

    private DemoTasks() {}

    /**
     * Seed-like tasks that first pause for {@code pauseMillis}, like tasks that do some real work before
     * printing; it makes a demonstration show the same thing on almost every run. The tests never rely on it.
     */
    static List<Runnable> slowTasks(int count, int lines, long pauseMillis, PrintStream out) {
        var tasks = new ArrayList<Runnable>(count);
        for (int i = 0; i < count; i++) {
            String name = "task" + i;
            tasks.add(() -> {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    out.println(name + " interrupted before printing");
                    Thread.currentThread().interrupt();
                    return;
                }
                SeedPool.printLines(name, lines, out);
            });
        }
        return tasks;
    }
}
