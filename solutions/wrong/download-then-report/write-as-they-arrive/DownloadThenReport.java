package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Wrong on purpose: writes each line as soon as its page is in, while later pages are still downloading.
// Expect: was written while
// Expect: write the report after that loop
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var outcomes = new ArrayList<Outcome>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Outcome>>();
            for (int page : pages) futures.add(pool.submit(() -> download.download(page)));
            out.println(Report.HEADER);
            for (var future : futures) {
                var outcome = future.get();
                outcomes.add(outcome);
                out.println(outcome.csvLine());
            }
        }
        out.println(Report.summary(outcomes));
    }
}
