package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Wrong on purpose: gets every page but the last without a limit, gives the last one an hour, leaves it out of the
// report if it is not there by then, and only shuts the pool down: a timeout says the page is still downloading.
// Expect: timed out (the test made it
public final class DownloadThenReport {

    private DownloadThenReport() {}

    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var outcomes = new ArrayList<Outcome>();
        var pool = newFixedThreadPool.apply(poolSize);
        try {
            var futures = new ArrayList<Future<Outcome>>();
            for (int page : pages) futures.add(pool.submit(() -> download.download(page)));
            for (var future : futures.subList(0, futures.size() - 1)) outcomes.add(future.get());
            try {
                outcomes.add(futures.getLast().get(1, TimeUnit.HOURS));
            } catch (TimeoutException stillDownloading) {
                // an hour is plenty: leave it out
            }
        } finally {
            pool.shutdown();
        }
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
