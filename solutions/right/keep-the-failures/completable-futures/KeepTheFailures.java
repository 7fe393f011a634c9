package exercises.keepthefailures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Right too: CompletableFuture on the given pool; exceptionally() turns each failed attempt into a Failed outcome.
public final class KeepTheFailures {
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts) {
        var futures = pages.stream().map(page -> attempt(pool, page, fetch, 1, maxAttempts)).toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    static CompletableFuture<Outcome> attempt(ExecutorService pool, int page, Fetch fetch, int attempt, int maxAttempts) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                var reply = fetch.fetch(page);
                if (reply.status() != 200) return new Outcome.Failed(page, reply.status(), "HTTP " + reply.status(), attempt);
                try {
                    return (Outcome) new Outcome.Downloaded(page, Item.parse(reply.body()), attempt);
                } catch (IllegalArgumentException notACataloguePage) { // status 200: not retried below
                    return new Outcome.Failed(page, 200, notACataloguePage.getMessage(), attempt);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, pool).exceptionally(e -> {
                    // An I/O failure is a failed attempt; anything else (an interrupt above all) is not a bad page.
                    if (e.getCause() instanceof UncheckedIOException io) return new Outcome.Failed(page, 0, io.getCause().toString(), attempt);
                    throw e instanceof CompletionException c ? c : new CompletionException(e);
                })
                .thenCompose(o -> o instanceof Outcome.Failed f && (f.status() == 0 || f.status() >= 500) && attempt < maxAttempts
                        ? attempt(pool, page, fetch, attempt + 1, maxAttempts)
                        : CompletableFuture.completedFuture(o));
    }
}
