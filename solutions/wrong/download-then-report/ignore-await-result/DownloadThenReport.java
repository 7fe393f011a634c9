package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Wrong on purpose: waits one second for the pool, ignores that awaitTermination returned false, and writes what is done.
// Expect: was written while
// Expect: timed out (the test made it
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<Outcome>>();
        for (int page : pages) futures.add(pool.submit(() -> download.download(page)));
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.SECONDS); // "surely long enough"
        var outcomes = futures.stream().filter(Future::isDone).map(Future::resultNow).toList();
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
