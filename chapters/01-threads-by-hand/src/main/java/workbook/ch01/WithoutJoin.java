package workbook.ch01;

import java.io.PrintStream;
import java.util.List;

/**
 * The classic mistake: start the threads, forget to join them, print the final line.
 * WithoutJoinTest proves it prints "123" while every task is still held.
 *
 * <pre>./mvnw -q -pl chapters/01-threads-by-hand exec:exec -Dexample=without-join</pre>
 */
public final class WithoutJoin {

    private WithoutJoin() {}

    // tag::without-join[]
    static void runWithoutJoin(List<Runnable> tasks, PrintStream out) {
        for (Runnable task : tasks) {
            new Thread(task).start();
        }
        out.println("123"); // nothing waited: the tasks may not even have started yet
    }
    // end::without-join[]

    public static void main(String[] args) {
        var out = System.out;
        var tasks = List.<Runnable>of(
                () -> ThreadsByHand.printLines("task0", 3, out),
                () -> ThreadsByHand.printLines("task1", 3, out),
                () -> ThreadsByHand.printLines("task2", 3, out));
        runWithoutJoin(tasks, out);
    }
}
