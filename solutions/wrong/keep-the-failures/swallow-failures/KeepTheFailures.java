package exercises.keepthefailures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: failed pages throw, and the caller skips them: the result looks complete but is not.
// Expect: are missing from your result
public final class KeepTheFailures {
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) {
            futures.add(pool.submit(() -> {
                for (int attempt = 1; ; attempt++) {
                    var reply = fetch.fetch(page); // an IOException ends this page
                    if (reply.status() == 200) return (Outcome) new Outcome.Downloaded(page, Item.parse(reply.body()), attempt);
                    if (reply.status() < 500 || attempt == maxAttempts) throw new IllegalStateException("HTTP " + reply.status());
                }
            }));
        }
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException e) {
                // logged nowhere, counted nowhere
            }
        }
        return outcomes;
    }
}
