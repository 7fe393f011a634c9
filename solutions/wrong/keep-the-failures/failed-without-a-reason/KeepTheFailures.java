package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: every page is downloaded, retried and waited for as it should be, but a failed page's outcome
// carries no reason (null): the report says that the page failed, never why.
// Expect: but its reason is null
public final class KeepTheFailures {

    private KeepTheFailures() {}

    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) futures.add(pool.submit(() -> download(page, fetch, maxAttempts)));
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) outcomes.add(future.get()); // never throws for a bad page: those are outcomes
        return outcomes;
    }

    /** Up to maxAttempts tries; whatever happens, one outcome. */
    static Outcome download(int page, Fetch fetch, int maxAttempts) throws InterruptedException {
        Outcome.Failed failed = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Fetch.Reply reply;
            try {
                reply = fetch.fetch(page);
            } catch (IOException e) {
                failed = new Outcome.Failed(page, 0, null, attempt);
                continue;
            }
            if (reply.status() == 200) return parsed(page, reply.body(), attempt);
            failed = new Outcome.Failed(page, reply.status(), null, attempt);
            if (reply.status() < 500) return failed; // a 404 stays a 404
        }
        return failed;
    }

    /** A 200 that is not a catalogue page has failed too; the same body would come back, so no retry. */
    static Outcome parsed(int page, String body, int attempt) {
        try {
            return new Outcome.Downloaded(page, Item.parse(body), attempt);
        } catch (IllegalArgumentException e) {
            return new Outcome.Failed(page, 200, null, attempt);
        }
    }
}
