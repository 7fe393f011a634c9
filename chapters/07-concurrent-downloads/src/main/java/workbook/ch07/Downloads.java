package workbook.ch07;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Downloads every page: one after another, or side by side on a pool the caller owns. */
public final class Downloads {

    private Downloads() {}

    /** One page at a time, on the calling thread. */
    public static List<Outcome> oneByOne(List<Integer> pages, PageDownload download, Progress progress)
            throws InterruptedException {
        var outcomes = new ArrayList<Outcome>();
        for (int page : pages) {
            var outcome = download.download(page);
            progress.finished(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    // tag::on-pool[]
    /** Every page as a task on {@code pool}; returns when each has an outcome, in the order of {@code pages}. */
    public static List<Outcome> onPool(List<Integer> pages, ExecutorService pool, PageDownload download,
                                       Progress progress) throws InterruptedException {
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) {
            futures.add(pool.submit(() -> { // <1>
                var outcome = download.download(page);
                progress.finished(outcome);
                return outcome;
            }));
        }
        var outcomes = new ArrayList<Outcome>();
        try {
            for (var future : futures) {
                outcomes.add(result(future)); // <2>
            }
        } catch (InterruptedException | RuntimeException e) { // <3>
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        return outcomes;
    }

    private static Outcome result(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) { // download() returns failures as outcomes: this is a bug, not a bad page
            throw new IllegalStateException("a download task threw instead of returning an outcome", // <4>
                    e.getCause());
        }
    }
    // end::on-pool[]
}
