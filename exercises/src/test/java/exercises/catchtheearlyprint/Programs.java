package exercises.catchtheearlyprint;

import exercises.support.TestsOnTrial.Suspect;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import workbook.ch09.SeedProgram;
import workbook.ch09.SeedPrograms;

/**
 * The programs the learner's tests are judged against: right ones, written in different idioms (a test must not
 * care which), and wrong ones, each with one mistake. Kept out of the learner's sight until their tests meet them.
 */
final class Programs {

    private Programs() {}

    static final String LINE = SeedProgram.FINAL_LINE;

    static List<Suspect> right() {
        return List.of(
                new Suspect("joins-every-thread", "starts a thread per task, joins every one, then prints the final line",
                        (SeedProgram) SeedPrograms::joinsEveryThread),
                new Suspect("shut-down-and-await-in-a-loop", "runs the tasks on a pool of 3 threads, shuts it down and calls"
                        + " awaitTermination until it says true, then prints; interrupted, it stops the pool and throws",
                        (SeedProgram) Programs::shutDownAndAwaitInALoop),
                new Suspect("latch-on-virtual-threads", "a virtual thread per task counts a latch down in finally; the"
                        + " program awaits the latch, then prints", (SeedProgram) Programs::latchOnVirtualThreads),
                new Suspect("invoke-all", "hands every task to invokeAll on a virtual-thread-per-task executor, which"
                        + " returns when all are done, then prints", (SeedProgram) Programs::invokeAll),
                new Suspect("close-then-look-at-the-interrupt", "submits to a pool in try-with-resources (close() waits;"
                        + " when interrupted it stops the tasks with shutdownNow(), waits for them, and sets the flag again),"
                        + " then prints only if it was not interrupted", (SeedProgram) Programs::closeThenLookAtTheInterrupt));
    }

    static final Suspect PRINTS_BEFORE_WAITING = new Suspect("prints-before-waiting",
            "starts a thread per task, prints the final line, and only then joins them",
            (SeedProgram) Programs::printsBeforeWaiting);
    static final Suspect JOINS_ALL_BUT_THE_LAST = new Suspect("joins-all-but-the-last",
            "joins the threads of every task but the last one (a loop that stops one short)",
            (SeedProgram) SeedPrograms::joinsAllButTheLast);
    static final Suspect JOINS_ALL_BUT_THE_FIRST = new Suspect("joins-all-but-the-first",
            "joins the threads of every task but the first one (a loop that starts at 1)",
            (SeedProgram) Programs::joinsAllButTheFirst);
    static final Suspect JOINS_EVERY_OTHER = new Suspect("joins-every-other-thread",
            "joins the threads of tasks 0, 2, 4 ... and not those of tasks 1, 3, 5 ...",
            (SeedProgram) Programs::joinsEveryOtherThread);
    static final Suspect SHUTDOWN_WITHOUT_WAITING = new Suspect("shutdown-without-waiting",
            "runs the tasks on a pool, calls shutdown() (which does not wait) and prints",
            (SeedProgram) Programs::shutdownWithoutWaiting);
    static final Suspect SWALLOWS_THE_INTERRUPT = new Suspect("swallows-the-interrupt",
            "joins every thread, but when a join is interrupted it carries on with the next one and prints the final"
                    + " line at the end, as if the interrupted wait had ended the task",
            (SeedProgram) SeedPrograms::swallowsTheInterrupt);
    static final Suspect PRINTS_TWICE = new Suspect("prints-the-final-line-twice",
            "waits for every task, then prints the final line twice", (SeedProgram) Programs::printsTwice);
    static final Suspect RUNS_A_TASK_TWICE = new Suspect("runs-the-first-task-twice",
            "waits for every task, then runs the first one again on its own thread (a retry nobody asked for) and prints",
            (SeedProgram) Programs::runsTheFirstTaskTwice);

    private static void printsBeforeWaiting(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        var threads = startAll(tasks);
        out.println(LINE);
        for (var thread : threads) thread.join();
    }

    private static void joinsAllButTheFirst(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        var threads = startAll(tasks);
        for (int i = 1; i < threads.size(); i++) threads.get(i).join();
        out.println(LINE);
    }

    private static void joinsEveryOtherThread(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        var threads = startAll(tasks);
        for (int i = 0; i < threads.size(); i += 2) threads.get(i).join();
        out.println(LINE);
    }

    private static void shutdownWithoutWaiting(List<Runnable> tasks, PrintStream out) {
        var pool = Executors.newFixedThreadPool(3);
        tasks.forEach(pool::execute);
        pool.shutdown();
        out.println(LINE);
    }

    private static void printsTwice(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        for (var thread : startAll(tasks)) thread.join();
        out.println(LINE);
        out.println(LINE);
    }

    private static void runsTheFirstTaskTwice(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        for (var thread : startAll(tasks)) thread.join();
        if (!tasks.isEmpty()) tasks.getFirst().run();
        out.println(LINE);
    }

    private static void shutDownAndAwaitInALoop(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(3);
        tasks.forEach(pool::execute);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
        out.println(LINE);
    }

    private static void latchOnVirtualThreads(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        var finished = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        out.println(LINE);
    }

    private static void invokeAll(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            executor.invokeAll(tasks.stream().map(Executors::callable).toList());
        }
        out.println(LINE);
    }

    private static void closeThenLookAtTheInterrupt(List<Runnable> tasks, PrintStream out) {
        try (var pool = Executors.newFixedThreadPool(3)) {
            tasks.forEach(pool::execute);
        } // close(): shutdown, then wait; interrupted, shutdownNow and wait for the running tasks to end
        if (Thread.currentThread().isInterrupted()) return; // stopped: no final line, the interrupt kept for the caller
        out.println(LINE);
    }

    private static List<Thread> startAll(List<Runnable> tasks) {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        return threads;
    }

}
