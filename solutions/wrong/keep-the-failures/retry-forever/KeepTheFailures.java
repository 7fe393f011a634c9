package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: retries until the page works, which for page 3 is never.
// Expect: was fetched
// Expect: would never have ended
public final class KeepTheFailures {
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) {
            futures.add(pool.submit(() -> {
                for (int attempt = 1; ; attempt++) {
                    try {
                        var reply = fetch.fetch(page);
                        if (reply.status() == 200) return (Outcome) new Outcome.Downloaded(page, Item.parse(reply.body()), attempt);
                        if (reply.status() < 500) return new Outcome.Failed(page, reply.status(), "HTTP " + reply.status(), attempt);
                    } catch (IllegalArgumentException e) { // a 200 that is not a catalogue page: handled right here
                        return new Outcome.Failed(page, 200, e.getMessage(), attempt);
                    } catch (IOException e) {
                        // try again
                    }
                }
            }));
        }
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) outcomes.add(future.get());
        return outcomes;
    }
}
