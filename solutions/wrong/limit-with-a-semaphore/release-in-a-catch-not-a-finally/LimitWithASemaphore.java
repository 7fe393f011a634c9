package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: gives the permit back after the task, and in a catch of RuntimeException when it throws, instead
// of in a finally; a task that throws an Error (an assert, a StackOverflowError) keeps its permit for good.
// Expect: a catch of Exception or RuntimeException does not see it
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    permits.acquire();
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        permits.release();
                        throw e;
                    }
                    permits.release();
                    return null;
                });
            }
        }
    }
}
