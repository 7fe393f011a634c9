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

// Wrong on purpose: gives each page 100 ms, leaves a page that takes longer out of the report, and writes after close().
// Expect: and the report you wrote afterwards is not the full one
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var outcomes = new ArrayList<Outcome>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Outcome>>();
            for (int page : pages) futures.add(pool.submit(() -> download.download(page)));
            for (var f : futures) {
                try {
                    outcomes.add(f.get(100, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    // too slow: leave it out
                }
            }
        }
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
