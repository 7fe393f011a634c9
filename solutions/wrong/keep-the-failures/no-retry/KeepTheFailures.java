package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: one attempt per page, so a page that fails only once is recorded as failed.
// Expect: never tried again
public final class KeepTheFailures {
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) {
            futures.add(pool.submit(() -> {
                try {
                    var reply = fetch.fetch(page);
                    if (reply.status() == 200) return (Outcome) new Outcome.Downloaded(page, Item.parse(reply.body()), 1);
                    return new Outcome.Failed(page, reply.status(), "HTTP " + reply.status(), 1);
                } catch (IllegalArgumentException e) { // a 200 that is not a catalogue page: handled right here
                    return new Outcome.Failed(page, 200, e.getMessage(), 1);
                } catch (IOException e) {
                    return new Outcome.Failed(page, 0, e.toString(), 1);
                }
            }));
        }
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) outcomes.add(future.get());
        return outcomes;
    }
}
