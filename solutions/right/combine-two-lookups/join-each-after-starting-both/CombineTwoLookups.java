package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right: start both, then join each one; a failed join() throws CompletionException around the lookup's exception.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            CompletableFuture<String> nameLookup = CompletableFuture.supplyAsync(name, pool);
            CompletableFuture<Integer> ordersLookup = CompletableFuture.supplyAsync(orders, pool);
            String text;
            try {
                text = ordersLookup.join() + " orders";
            } catch (CompletionException e) {
                text = "? orders (" + e.getCause().getMessage() + ")";
            }
            line = nameLookup.join() + " has " + text;
        }
        out.println(line);
        return line;
    }
}
