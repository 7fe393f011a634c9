package workbook.ch03;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The seed program with a pool of worker processes: {@code tasks} tasks of {@code lines} lines each, then
 * {@code 123} once every task has finished. Each task's lines come back to this JVM, which prints them.
 *
 * The arguments, in the seed's order: tasks, lines, workers. The default is one worker per core, not the seed's 50:
 * every worker is a whole JVM (the chapter's section "What a worker costs" measures what that means).
 * <pre>./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=seed                    (100 tasks x 1000 lines, a worker per core)
 * ./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=seed -Dargs="3 2 2"      (3 tasks x 2 lines, 2 workers)</pre>
 */
public final class SeedWithProcesses {

    private SeedWithProcesses() {}

    // tag::seed[]
    static List<TaskResult> runSeed(int tasks, int lines, int workers, PrintStream out)
            throws InterruptedException, ExecutionException {
        var futures = new ArrayList<TaskFuture>();
        var results = new ArrayList<TaskResult>();
        try (var pool = ProcessPool.onDemand(workers, List.of(PrintLines.class))) { // <1>
            for (int i = 0; i < tasks; i++) {
                futures.add(pool.submit(PrintLines.class, "task" + i + " " + lines)); // <2>
            }
            for (var f : futures) {
                TaskResult r = f.get();                                          // <3>
                out.print(r.printed());                                          // <4>
                results.add(r);
            }
        }                                                                        // <5>
        out.println("123");                                                      // <6>
        return results;
    }
    // end::seed[]

    public static void main(String[] args) throws Exception {
        // The seed's order everywhere in the book: tasks, lines, workers.
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors(); // one per core
        runSeed(tasks, lines, workers, System.out);
    }
}
