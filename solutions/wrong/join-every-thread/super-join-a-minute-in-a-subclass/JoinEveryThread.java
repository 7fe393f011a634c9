package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: the thread subclass offers a "patient" wait of a minute through super.join(ms), whose end says nothing.
// Expect: returned while that thread was still running
public final class JoinEveryThread {
    private static final class PatientThread extends Thread {
        PatientThread(Runnable task) {
            super(task);
        }

        void awaitPatiently() throws InterruptedException {
            super.join(60_000);
        }
    }

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<PatientThread>();
        for (var task : tasks) {
            var t = new PatientThread(task);
            t.start();
            threads.add(t);
        }
        for (var t : threads) t.awaitPatiently();
        out.println(finalLine);
    }
}
