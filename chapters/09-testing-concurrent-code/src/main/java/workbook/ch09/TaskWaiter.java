package workbook.ch09;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * Code that hands tasks to an executor and waits for them: it runs every task on {@code executor} and returns once
 * every one has finished. A task that throws has finished too. Interrupted while it waits, it stops waiting and
 * throws {@link InterruptedException} (the tasks may still be running then).
 */
// tag::contract[]
@FunctionalInterface
public interface TaskWaiter {

    void runAll(List<Runnable> tasks, Executor executor) throws InterruptedException;
}
// end::contract[]
