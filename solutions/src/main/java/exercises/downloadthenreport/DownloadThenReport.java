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

/** Reference solution of download-then-report. */
public final class DownloadThenReport {

    private DownloadThenReport() {}

    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var outcomes = new ArrayList<Outcome>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Outcome>>();
            for (int page : pages) futures.add(pool.submit(() -> download.download(page))); // every page first
            for (var future : futures) outcomes.add(future.get()); // then wait for each, in page order
        }
        Report.write(outcomes, out); // only now: every page has its outcome
        out.println(Report.summary(outcomes));
    }
}
