package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: one CompletableFuture per task on the given pool; handle() turns each outcome into a value, allOf waits for all.
public final class CollectEveryOutcome {
    private record Outcome(Integer lines, Throwable failure) {}

    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var task : tasks) {
                outcomes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, pool).handle((n, e) -> new Outcome(n, e == null ? null : e.getCause())));
            }
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        }
        var failures = new ArrayList<String>();
        int succeeded = 0, lines = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            var o = outcomes.get(i).join();
            if (o.failure() == null) { succeeded++; lines += o.lines(); }
            else failures.add("task " + i + " failed: " + o.failure().getMessage());
        }
        failures.forEach(out::println);
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
