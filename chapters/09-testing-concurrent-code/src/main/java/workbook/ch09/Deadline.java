package workbook.ch09;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Code that gives its tasks a deadline: it hands every task to {@code pool}, shuts the pool down and waits at most
 * {@code timeout} for them. If every task has finished by then, it prints the final line {@code 123} to {@code out}
 * once and returns {@code true}. If not, it stops the tasks still running ({@code shutdownNow()}, which interrupts
 * them), prints nothing and returns {@code false}. Interrupted while it waits, it stops the tasks the same way and
 * throws {@link InterruptedException}.
 */
// tag::contract[]
@FunctionalInterface
public interface Deadline {

    boolean runWithin(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out)
            throws InterruptedException;
}
// end::contract[]
