package exercises.keepthefailures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

// Wrong on purpose: only IOException is caught, so a 200 whose body Item.parse rejects throws out of the task,
// and get() ends the whole batch.
// Expect: is not a catalogue page
public final class KeepTheFailures {
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) futures.add(pool.submit(() -> download(page, fetch, maxAttempts)));
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) outcomes.add(future.get());
        return outcomes;
    }

    static Outcome download(int page, Fetch fetch, int maxAttempts) throws InterruptedException {
        Outcome.Failed failed = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                var reply = fetch.fetch(page);
                if (reply.status() == 200) return new Outcome.Downloaded(page, Item.parse(reply.body()), attempt);
                failed = new Outcome.Failed(page, reply.status(), "HTTP " + reply.status(), attempt);
                if (reply.status() < 500) return failed;
            } catch (IOException e) {
                failed = new Outcome.Failed(page, 0, e.toString(), attempt);
            }
        }
        return failed;
    }
}
