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

// Right: interrupted while waiting, it stops the downloads, keeps the interrupt for its caller and writes no report:
// a report without every page would look complete and not be.
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws ExecutionException {
        var pool = newFixedThreadPool.apply(poolSize);
        var outcomes = new ArrayList<Outcome>();
        try {
            var futures = new ArrayList<Future<Outcome>>();
            for (int page : pages) futures.add(pool.submit(() -> download.download(page)));
            for (var future : futures) outcomes.add(future.get());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            return;
        }
        pool.shutdown();
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
