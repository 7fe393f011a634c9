package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: a bad status becomes an exception; the first get() that meets it ends the whole batch.
// Expect: were lost with it
public final class KeepTheFailures {
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) {
            futures.add(pool.submit(() -> {
                for (int attempt = 1; ; attempt++) {
                    var reply = fetch.fetch(page);
                    if (reply.status() == 200) return (Outcome) new Outcome.Downloaded(page, Item.parse(reply.body()), attempt);
                    if (reply.status() < 500 || attempt == maxAttempts) throw new IOException("page " + page + ": HTTP " + reply.status());
                }
            }));
        }
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) outcomes.add(future.get());
        return outcomes;
    }
}
