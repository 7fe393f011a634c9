package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right, if roundabout: the line is printed by a stage hung on the combined future (thenAccept) that nobody joins.
// That stage runs on the pool thread that completes the combined future (or on this thread, if it is complete
// already), inside that thread's task, and close() waits for every task of the pool: so the line is out before
// close() returns, whichever comes first.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .handle((count, e) -> e == null ? count + " orders" : "? orders (" + e.getCause().getMessage() + ")");
            var line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text);
            line.thenAccept(out::println);
            return line.join();
        }
    }
}
