package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: the line is printed by an asynchronous stage (thenAcceptAsync, on the common pool), but the method
// waits only for the combined future, not for that stage, which runs whenever the common pool gets to it: maybe
// after the method has returned.
// Expect: The line was printed after your method had returned
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .handle((count, e) -> e == null ? count + " orders" : "? orders (" + e.getCause().getMessage() + ")");
            var line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text);
            line.thenAcceptAsync(out::println); // nobody waits for this stage
            return line.join();
        }
    }
}
