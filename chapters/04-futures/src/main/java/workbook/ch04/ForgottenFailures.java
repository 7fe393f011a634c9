package workbook.ch04;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The seed program with tasks that can fail, submitted and never read: one task throws, nobody learns of it.
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=forgotten-failures</pre>
 */
public final class ForgottenFailures {

    private ForgottenFailures() {}

    /** Counts the lines of "file i"; file 37 cannot be read. */
    static Callable<Integer> countLines(int i) {
        return () -> {
            if (i == 37) throw new IOException("file37.txt: permission denied");
            return 1_000;
        };
    }

    // tag::forgotten[]
    static void runAndForget(int tasks, int poolSize, PrintStream out) {
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            for (int i = 0; i < tasks; i++) {
                pool.submit(countLines(i)); // the Future, and the exception it holds, is dropped here
            }
        }                                   // close() waits for all of them, failed or not
        out.println("123");                 // printed after every task, yet one of them failed unseen
    }
    // end::forgotten[]

    public static void main(String[] args) {
        runAndForget(100, 50, System.out);
    }
}
