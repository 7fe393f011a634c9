package workbook.ch09;

import java.io.PrintStream;
import java.util.List;

/**
 * A program with the seed's contract: it runs every task and prints the final line {@code 123} to {@code out} once,
 * after every task has finished. If it is interrupted while it waits, it stops waiting and prints no final line
 * (throwing {@link InterruptedException}, or restoring the interrupt status). This chapter tests programs against it.
 */
// tag::contract[]
@FunctionalInterface
public interface SeedProgram {

    /** The final line that only the end of every task may let out. */
    String FINAL_LINE = "123";

    void run(List<Runnable> tasks, PrintStream out) throws InterruptedException;
}
// end::contract[]
