package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Right too: invokeAll returns when every task is done; shutdown + awaitTermination in a loop ends the pool.
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var tasks = new ArrayList<Callable<Outcome>>();
        for (int page : pages) tasks.add(() -> download.download(page));
        var pool = newFixedThreadPool.apply(poolSize);
        var outcomes = new ArrayList<Outcome>();
        try {
            for (var f : pool.invokeAll(tasks)) outcomes.add(f.get());
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) { }
        }
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
