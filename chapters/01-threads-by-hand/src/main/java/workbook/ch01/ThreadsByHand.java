package workbook.ch01;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed program with threads made by hand: one thread per task, each printing numbered lines,
 * and the final line only after every thread has finished.
 *
 * <pre>./mvnw -q -pl chapters/01-threads-by-hand exec:exec -Dexample=by-hand               (100 threads x 1000 lines)
 * ./mvnw -q -pl chapters/01-threads-by-hand exec:exec -Dexample=by-hand -Dargs="3 2"   (3 threads x 2 lines)</pre>
 */
public final class ThreadsByHand {

    private ThreadsByHand() {}

    // tag::task[]
    /** The work of one task: print {@code lines} numbered lines. */
    static void printLines(String name, int lines, PrintStream out) {
        for (int i = 0; i < lines; i++) {
            out.println(name + " " + i);
        }
    }
    // end::task[]

    // tag::by-hand[]
    static void runByHand(int threadCount, int lines, PrintStream out) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < threadCount; i++) {
            String name = "task" + i;
            Thread t = new Thread(() -> printLines(name, lines, out), name);
            t.start();                 // <1>
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();                  // <2>
        }
        out.println("123");            // <3>
    }
    // end::by-hand[]

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        runByHand(threads, lines, System.out);
    }
}
