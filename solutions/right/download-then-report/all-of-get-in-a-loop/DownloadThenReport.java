package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Right: one CompletableFuture per page on the pool, allOf over them, and a timed get in a loop that only goes on once
// allOf says every page is done.
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<CompletableFuture<Outcome>>();
            for (int page : pages) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return download.download(page);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CompletionException(e);
                    }
                }, pool));
            }
            var all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
            while (true) {
                try {
                    all.get(1, TimeUnit.SECONDS);
                    break;
                } catch (TimeoutException notYet) {
                    // still downloading: wait again
                }
            }
            var outcomes = new ArrayList<Outcome>();
            for (var f : futures) outcomes.add(f.join());
            Report.write(outcomes, out);
            out.println(Report.summary(outcomes));
        }
    }
}
