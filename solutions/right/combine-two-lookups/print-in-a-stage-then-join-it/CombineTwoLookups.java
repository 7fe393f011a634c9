package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right: the line is printed by a stage of the chain, and the method joins that stage (not only the combined future)
// before returning, so the line is out before the method returns, whichever thread printed it.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .handle((count, e) -> e == null ? count + " orders" : "? orders (" + e.getCause().getMessage() + ")");
            var line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text);
            line.thenAccept(out::println).join();
            return line.join();
        }
    }
}
