package workbook.ch08;

import com.hazelcast.core.IExecutorService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A member leaves the cluster while it runs tasks: their futures fail, the others' do not, and the caller
 * submits the failed tasks again to the members that are left. Argument: [tasks=6].
 */
public final class MemberLeaves {

    private MemberLeaves() {}

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        // terminate() interrupts the leaving member's held tasks; their threads then fail to send the outcome
        // (HazelcastInstanceNotActiveException, uncaught). Count them instead of printing interleaved stack traces.
        var orphaned = new java.util.concurrent.atomic.AtomicInteger();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> orphaned.incrementAndGet());
        var gate = Gate.create();
        try (var cluster = Cluster.start(2)) {
            var stays = cluster.member(0);
            var leaves = cluster.member(1);
            IExecutorService executor = stays.getExecutorService("leaving");
            System.out.println("submitting from " + Cluster.port(stays) + "; " + Cluster.port(leaves) + " will leave");

            // Half the tasks go to each member, so the demo knows which ones the leaving member holds.
            var submitted = new LinkedHashMap<Callable<String>, Future<String>>();
            for (int i = 0; i < tasks; i++) {
                var task = new HeldTask("task" + i, gate);
                var member = (i % 2 == 0 ? stays : leaves).getCluster().getLocalMember();
                submitted.put(task, executor.submitToMember(task, member));
            }
            gate.awaitStarted(tasks);          // every task is running, held at the gate
            leaves.getLifecycleService().terminate(); // the member crashes: no goodbye, no hand-over
            gate.open();

            for (var result : waitAndRetry(executor, submitted)) System.out.println(result);
            System.out.println("123");
        } finally {
            gate.remove();
        }
        System.out.println("threads of the member that left that could not send a result: " + orphaned.get());
    }

    // tag::retry[]
    /**
     * Waits for every future; a task whose member left is submitted once more (to any member still there).
     * Any other failure, or a second loss, is thrown: nothing is dropped silently.
     */
    static List<String> waitAndRetry(IExecutorService executor, Map<Callable<String>, Future<String>> submitted)
            throws InterruptedException, ExecutionException {
        var results = new ArrayList<String>();
        for (var entry : submitted.entrySet()) {
            try {
                results.add(entry.getValue().get());                              // <1>
            } catch (ExecutionException e) {
                if (!MemberLoss.isCause(e)) throw e;                              // <2>
                System.out.println(entry.getKey() + ": " + MemberLoss.describe(e) + "; submitting it again");
                results.add(executor.submit(entry.getKey()).get() + " (second try)"); // <3>
            }
        }
        return results;
    }
    // end::retry[]
}
