package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: waits for the name before it even starts the order lookup.
// Expect: one after the other
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            String user = CompletableFuture.supplyAsync(name, pool).join();
            String text = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")")
                    .join();
            line = user + " has " + text;
        }
        out.println(line);
        return line;
    }
}
