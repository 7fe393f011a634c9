package exercises.catchtheoffbyone;

import exercises.support.TestsOnTrial.Suspect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import workbook.ch09.TaskWaiter;
import workbook.ch09.TaskWaiters;

/**
 * The waiters the learner's tests are judged against: right ones in different idioms, and wrong ones, each with one
 * mistake of counting. None makes threads of its own: every task runs on the executor the test hands in.
 */
final class Waiters {

    private Waiters() {}

    static List<Suspect> right() {
        return List.of(
                new Suspect("counts-down-in-finally", "a latch of one count per task, counted down in finally, then await()",
                        (TaskWaiter) TaskWaiters::countsDownInFinally),
                new Suspect("all-of-then-get", "a CompletableFuture per task (runAsync on the executor), allOf, then get(),"
                        + " where an ExecutionException only says that some task failed", (TaskWaiter) Waiters::allOfThenGet),
                new Suspect("future-task-per-task", "wraps each task in a FutureTask, executes it, then calls get() on every"
                        + " one", (TaskWaiter) Waiters::futureTaskPerTask),
                new Suspect("semaphore-released-in-finally", "each task releases a permit in finally; the waiter acquires"
                        + " one permit per task", (TaskWaiter) Waiters::semaphoreReleasedInFinally));
    }

    static final Suspect ONE_SHORT = new Suspect("latch-one-short",
            "a latch made with tasks.size() - 1 counts: it opens when all tasks but one have finished",
            (TaskWaiter) Waiters::latchOneShort);
    static final Suspect COUNTS_DOWN_FIRST = new Suspect("counts-down-before-running",
            "counts the latch down when a task starts instead of when it ends", (TaskWaiter) Waiters::countsDownBeforeRunning);
    static final Suspect HANGS_ON_A_FAILURE = new Suspect("hangs-when-a-task-throws",
            "counts down after task.run() without finally: a task that throws never counts, and the waiter waits for ever",
            (TaskWaiter) Waiters::hangsWhenATaskThrows);
    static final Suspect COUNTS_A_FAILURE_TWICE = new Suspect("counts-a-failure-twice",
            "counts down in a catch block and again in finally: a task that throws counts twice, so the latch opens one"
                    + " task early whenever a task has failed", (TaskWaiter) Waiters::countsAFailureTwice);
    static final Suspect ALL_BUT_THE_LAST = new Suspect("waits-for-all-but-the-last",
            "a CompletableFuture per task, and get() on every one but the last", (TaskWaiter) Waiters::waitsForAllButTheLast);
    static final Suspect SWALLOWS_THE_INTERRUPT = new Suspect("returns-when-interrupted",
            "catches the InterruptedException of its wait and returns normally, as if every task had finished",
            (TaskWaiter) Waiters::returnsWhenInterrupted);

    private static void allOfThenGet(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var futures = tasks.stream().map(t -> CompletableFuture.runAsync(t, executor)).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(futures).get(); // completes once every one has, failed or not
        } catch (ExecutionException someTaskFailed) {
            // a failed task has finished too
        }
    }

    private static void futureTaskPerTask(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var futures = new ArrayList<FutureTask<Void>>();
        for (var task : tasks) {
            var future = new FutureTask<Void>(task, null);
            futures.add(future);
            executor.execute(future);
        }
        for (var future : futures) {
            try {
                future.get();
            } catch (ExecutionException failed) {
                // finished, by failing
            }
        }
    }

    private static void semaphoreReleasedInFinally(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var finished = new Semaphore(0);
        for (var task : tasks) {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    finished.release();
                }
            });
        }
        finished.acquire(tasks.size());
    }

    private static void latchOneShort(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var finished = new CountDownLatch(tasks.size() - 1);
        for (var task : tasks) {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
    }

    private static void countsDownBeforeRunning(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var finished = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            executor.execute(() -> {
                finished.countDown();
                task.run();
            });
        }
        finished.await();
    }

    private static void hangsWhenATaskThrows(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var finished = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            executor.execute(() -> {
                task.run();
                finished.countDown(); // skipped when run() throws
            });
        }
        finished.await();
    }

    private static void countsAFailureTwice(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var finished = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    finished.countDown(); // "count the failure" ...
                    throw e;
                } finally {
                    finished.countDown(); // ... and count it again here
                }
            });
        }
        finished.await();
    }

    private static void waitsForAllButTheLast(List<Runnable> tasks, Executor executor) throws InterruptedException {
        var futures = tasks.stream().map(t -> CompletableFuture.runAsync(t, executor)).toList();
        for (int i = 0; i < futures.size() - 1; i++) {
            try {
                futures.get(i).get();
            } catch (ExecutionException failed) {
                // finished, by failing
            }
        }
    }

    private static void returnsWhenInterrupted(List<Runnable> tasks, Executor executor) {
        try {
            TaskWaiters.countsDownInFinally(tasks, executor);
        } catch (InterruptedException e) {
            // swallowed: the caller is told nothing
        }
    }
}
