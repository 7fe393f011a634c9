package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Wrong on purpose: every download counts a latch of its own down; the caller waits a minute on the latch, never reads
// its answer, and writes whatever the futures hold.
// Expect: was written while
// Expect: Your await(1 minutes) on your CountDownLatch returned false
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var pool = newFixedThreadPool.apply(poolSize);
        var done = new CountDownLatch(pages.size());
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) {
            futures.add(pool.submit(() -> {
                try {
                    return download.download(page);
                } finally {
                    done.countDown();
                }
            }));
        }
        pool.shutdown();
        done.await(1, TimeUnit.MINUTES);
        var outcomes = new ArrayList<Outcome>();
        for (var f : futures) if (f.isDone()) outcomes.add(f.resultNow());
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
