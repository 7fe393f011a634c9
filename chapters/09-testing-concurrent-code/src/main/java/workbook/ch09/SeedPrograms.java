package workbook.ch09;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The code under test: versions of the seed, one right and several wrong in the ways the exercises' tests meet most.
 * The chapter's tests show each technique catching a wrong one on every run and passing a right one.
 */
public final class SeedPrograms {

    private SeedPrograms() {}

    // tag::joins-every-thread[]
    /** Right: a thread per task, every thread joined, then the final line. */
    public static void joinsEveryThread(List<Runnable> tasks, PrintStream out)
            throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var thread : threads) thread.join(); // an interrupt ends the wait: no final line
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::joins-every-thread[]

    // tag::never-waits[]
    /** Wrong: starts the threads and prints at once. */
    public static void neverWaits(List<Runnable> tasks, PrintStream out) {
        for (var task : tasks) Thread.ofPlatform().start(task);
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::never-waits[]

    // tag::joins-all-but-the-last[]
    /** Wrong: an off-by-one, the last thread is never joined. */
    public static void joinsAllButTheLast(List<Runnable> tasks, PrintStream out)
            throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (int i = 0; i < threads.size() - 1; i++) threads.get(i).join();
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::joins-all-but-the-last[]

    // tag::latch-one-short[]
    /** Wrong: a thread per task that counts a latch down, but the latch was made one short. */
    public static void countsTheLatchOneShort(List<Runnable> tasks, PrintStream out)
            throws InterruptedException {
        var done = new CountDownLatch(tasks.size() - 1);
        for (var task : tasks) {
            Thread.ofPlatform().start(() -> {
                task.run();
                done.countDown();
            });
        }
        done.await();
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::latch-one-short[]

    // tag::swallows-the-interrupt[]
    /** Wrong: an interrupt ends one join, and the program goes on as if that thread had finished. */
    public static void swallowsTheInterrupt(List<Runnable> tasks, PrintStream out) {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // swallowed: neither rethrown nor restored
            }
        }
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::swallows-the-interrupt[]

    // tag::pool-programs[]
    /** Wrong: waits once for the pool, ignores the answer, prints whether or not the tasks are done. */
    public static SeedProgram waitsOnceOnAPool(Supplier<ExecutorService> pools) {
        return (tasks, out) -> {
            var pool = pools.get();
            tasks.forEach(pool::execute);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.SECONDS); // false means "not yet", and is ignored
            out.println(SeedProgram.FINAL_LINE);
        };
    }

    /** Right: waits again until the pool says every task is done. */
    public static SeedProgram waitsUntilThePoolIsDone(Supplier<ExecutorService> pools) {
        return (tasks, out) -> {
            var pool = pools.get();
            tasks.forEach(pool::execute);
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // not yet: wait again
            }
            out.println(SeedProgram.FINAL_LINE);
        };
    }

    /** Wrong: stops the pool at once, so queued tasks never run and the running one is interrupted. */
    public static SeedProgram stopsThePoolAtOnce(Supplier<ExecutorService> pools) {
        return (tasks, out) -> {
            var pool = pools.get();
            tasks.forEach(pool::execute);
            pool.shutdownNow(); // returns the tasks that never started, which nobody reads
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // the pool ends quickly: it had little left to do
            }
            out.println(SeedProgram.FINAL_LINE);
        };
    }
    // end::pool-programs[]
}
