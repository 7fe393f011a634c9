package workbook.bench;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The book's run of one example inside the capturing JVM, its {@code System.out} and {@code System.err} sent to
 * its snippet file. Sharing a JVM is only right for an example that has finished when its {@code main} returns:
 * so this run fails, naming the example and what it left, when after {@code main} returned
 * <ul>
 *   <li>something still wrote to the file (a thread the example left; in a JVM of its own that line would have
 *       been printed or lost depending on the thread's kind, and here it would land in the next snippet), or</li>
 *   <li>a platform thread it started is still alive, or the common pool still has its work
 *       (each gets {@link #GRACE} to finish, the time a closed pool's last worker needs to end).</li>
 * </ul>
 * Such an example says {@code own-jvm = <why>} in its {@code examples.txt}, and runs in a child JVM instead.
 */
final class InProcessRun {

    static final long GRACE = TimeUnit.SECONDS.toMillis(2);
    /** JVM-wide daemon threads that a JDK facility starts once and keeps; they print nothing. */
    private static final List<String> JDK_THREADS = List.of("process reaper", "ForkJoinPool.commonPool-worker-",
            "Attach Listener", "Common-Cleaner", "VirtualThread-unblocker", "Read-Poller", "Write-Poller",
            "MasterPoller"); // JDK 25's I/O poller for virtual threads: started at the first such wait, kept for the JVM's life
    /** The virtual-thread scheduler's platform threads (their pool's number depends on the JVM's past). */
    private static final String CARRIER = "jdk.internal.misc.CarrierThread";
    /** The timer thread of a ForkJoinPool's delayed tasks on JDK 25, {@code ForkJoinPool-N-delayScheduler}. */
    private static final String DELAY_SCHEDULER = "-delayScheduler";

    private InProcessRun() {}

    /** What runs in the capturing JVM: an example's main, or a JShell script. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    static void capture(Example example, List<String> args, Path file) throws Exception {
        capture("example " + example.name() + " (" + example.main() + ")", () -> Examples.invokeMain(example.main(), args),
                file, "Make main wait for its threads, or declare own-jvm = <why> for it in " + Examples.FILE + ".");
    }

    /**
     * Runs {@code body} with its output sent to {@code file}; {@code what} names it in a failure ("example seed (...)"),
     * {@code remedy} says what to do when it left threads or output behind.
     */
    static void capture(String what, Body body, Path file, String remedy) throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        PrintStream out = System.out, err = System.err;
        var guard = new LateWrites(Files.newOutputStream(file));
        var stream = new PrintStream(guard, true, out.charset());
        Thread hook = new Thread(() -> err.println("The book's run of " + what + " ended the JVM. " + remedy));
        Runtime.getRuntime().addShutdownHook(hook);
        System.setOut(stream);
        System.setErr(stream);
        try {
            body.run();
            guard.mainReturned();
            List<String> left = leftBehind(before);
            if (!guard.lateWriters.isEmpty() || !left.isEmpty()) {
                throw new IllegalStateException("The book's run of " + what + " did not finish when it returned: "
                        + (guard.lateWriters.isEmpty() ? "" : "threads " + guard.lateWriters + " wrote to " + file + " after it; ")
                        + (left.isEmpty() ? "" : "still running: " + left + "; ")
                        + "in a JVM shared with the chapter's other examples that output would be lost or land in the"
                        + " next snippet. " + remedy);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            stream.flush();
            guard.seal(); // and not stream.close(): a closed PrintStream would swallow a late write silently
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** The example's threads still alive after their grace, and the common pool if it is still busy. */
    private static List<String> leftBehind(Set<Thread> before) throws InterruptedException {
        List<String> left = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (before.contains(t) || t.getClass().getName().equals(CARRIER) || t.getName().endsWith(DELAY_SCHEDULER)
                    || JDK_THREADS.stream().anyMatch(t.getName()::startsWith)) {
                continue;
            }
            t.join(GRACE);
            if (t.isAlive()) {
                left.add(t.getName() + (t.isDaemon() ? " (daemon)" : ""));
            }
        }
        if (!ForkJoinPool.commonPool().awaitQuiescence(GRACE, TimeUnit.MILLISECONDS)) {
            left.add("tasks in the common pool");
        }
        return left;
    }

    /** Passes writes on, and remembers which threads wrote after the example's main returned. */
    private static final class LateWrites extends FilterOutputStream {
        final Set<String> lateWriters = new ConcurrentSkipListSet<>();
        private volatile boolean mainReturned;
        private volatile boolean sealed;

        LateWrites(OutputStream file) {
            super(file);
        }

        void mainReturned() {
            mainReturned = true;
        }

        /** From now on a write is a thread of this example writing into a later example's run: it fails. */
        void seal() throws IOException {
            sealed = true;
            out.close();
        }

        @Override
        public void write(int b) throws IOException {
            noteLate();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            noteLate();
            out.write(b, off, len);
        }

        private void noteLate() {
            if (sealed) {
                throw new IllegalStateException("written to a snippet file whose example was done (a thread it left"
                        + " runs on): mark that example own-jvm in " + Examples.FILE);
            }
            if (mainReturned) {
                lateWriters.add(Thread.currentThread().getName());
            }
        }
    }
}
