package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: each task adds its outcome to a shared (synchronized) list, and invokeAll waits for them all, but
// the futures it returns are never read: a task that ended with an exception (an interrupted fetch) leaves no outcome
// and no trace, and the method returns one outcome fewer than there are pages.
// Expect: none of them for page
public final class KeepTheFailures {

    private KeepTheFailures() {}

    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var outcomes = Collections.synchronizedList(new ArrayList<Outcome>());
        var tasks = new ArrayList<java.util.concurrent.Callable<Void>>();
        for (int page : pages) tasks.add(() -> {
            outcomes.add(download(page, fetch, maxAttempts));
            return null;
        });
        pool.invokeAll(tasks); // waits for every task; the futures it returns are not looked at
        var inOrder = new ArrayList<>(outcomes);
        inOrder.sort(Comparator.comparingInt(Outcome::page));
        return inOrder;
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
