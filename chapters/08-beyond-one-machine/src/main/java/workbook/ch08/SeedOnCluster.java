package workbook.ch08;

import com.hazelcast.core.IExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The seed program on a cluster: {@code tasks} tasks of {@code lines} lines on a cluster of {@code members}
 * members (all in this JVM, on 127.0.0.1), then {@code 123} once every task has finished.
 * Arguments, in the order of every seed in the book: [tasks=100] [lines=1] [members=2].
 */
public final class SeedOnCluster {

    private SeedOnCluster() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        var work = new ArrayList<PrintLines>();
        for (int i = 0; i < tasks; i++) work.add(new PrintLines("task" + i, lines));

        try (var cluster = Cluster.start(members)) {
            IExecutorService executor = cluster.member(0).getExecutorService("seed");
            System.out.println("cluster of " + members + " members; tasks submitted from " + Cluster.port(cluster.member(0)));
            for (var ran : runOnCluster(executor, work)) System.out.println(ran);
            System.out.println("123");
        } // every member shut down here
    }

    // tag::seed-on-cluster[]
    /** Runs every task on the cluster and returns what each one returned, in submission order. */
    static List<String> runOnCluster(IExecutorService executor, List<PrintLines> tasks)
            throws InterruptedException, ExecutionException {
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) {
            futures.add(executor.submit(task));  // <1>
        }
        var results = new ArrayList<String>();
        for (var future : futures) {
            results.add(future.get());           // <2>
        }
        return results;                          // <3>
    }
    // end::seed-on-cluster[]
}
