package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: the line is right, but the pool is never shut down.
// Expect: never shut down
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        ExecutorService pool = newFixedThreadPool.apply(2);
        var nameLookup = CompletableFuture.supplyAsync(name, pool);
        var ordersText = CompletableFuture.supplyAsync(orders, pool)
                .thenApply(count -> count + " orders")
                .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
        String line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).join();
        out.println(line);
        return line;
    }
}
