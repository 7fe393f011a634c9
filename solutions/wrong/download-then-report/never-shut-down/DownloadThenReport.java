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

// Wrong on purpose: invokeAll waits for every page, but the pool is never shut down: its threads live on.
// Expect: never shut down
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var tasks = new ArrayList<Callable<Outcome>>();
        for (int page : pages) tasks.add(() -> download.download(page));
        var outcomes = new ArrayList<Outcome>();
        for (var f : newFixedThreadPool.apply(poolSize).invokeAll(tasks)) outcomes.add(f.get());
        Report.write(outcomes, out);
        out.println(Report.summary(outcomes));
    }
}
