package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: waits for every page, the last one with get(1, DAYS) "to be safe", and records a time-out there
// as a failed page: a timeout says the task still runs, not how the page went.
// Expect: not how the page went
/** One learner's version of keep-the-failures. */
public final class KeepTheFailures {

    private KeepTheFailures() {}

    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) futures.add(pool.submit(() -> download(page, fetch, maxAttempts)));
        var outcomes = new ArrayList<Outcome>();
        for (int i = 0; i < futures.size(); i++) {
            if (i < futures.size() - 1) {
                outcomes.add(futures.get(i).get());
                continue;
            }
            try {
                outcomes.add(futures.get(i).get(1, java.util.concurrent.TimeUnit.DAYS));
            } catch (java.util.concurrent.TimeoutException e) {
                outcomes.add(new Outcome.Failed(pages.get(i), 0, "timed out", maxAttempts));
            }
        }
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
                failed = new Outcome.Failed(page, 0, e.toString(), attempt);
                continue;
            }
            if (reply.status() == 200) return parsed(page, reply.body(), attempt);
            failed = new Outcome.Failed(page, reply.status(), "HTTP " + reply.status(), attempt);
            if (reply.status() < 500) return failed; // a 404 stays a 404
        }
        return failed;
    }

    /** A 200 that is not a catalogue page has failed too; the same body would come back, so no retry. */
    static Outcome parsed(int page, String body, int attempt) {
        try {
            return new Outcome.Downloaded(page, Item.parse(body), attempt);
        } catch (IllegalArgumentException e) {
            return new Outcome.Failed(page, 200, e.getMessage(), attempt);
        }
    }
}
