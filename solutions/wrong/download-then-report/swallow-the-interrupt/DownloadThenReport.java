package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Wrong on purpose: an interrupt ends a get() early, and this code goes on to the next page and writes the report
// as if that download had finished.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws ExecutionException {
        var pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) futures.add(pool.submit(() -> download.download(page)));
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) {
            try {
                outcomes.add(future.get());
            } catch (InterruptedException e) {
                // ignored: "that page will come"
            }
        }
        pool.shutdown();
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
