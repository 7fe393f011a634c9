package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right: handle() sees either the count or the failure, and always gives text.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .handle((count, e) -> e == null ? count + " orders" : "? orders (" + e.getCause().getMessage() + ")");
            line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).join();
        }
        out.println(line);
        return line;
    }
}
