package workbook.learn;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import workbook.testkit.LiveThreads;

/**
 * Whether a run left virtual threads alive, which {@link Thread#getAllStackTraces()} leaves out: read from the JDK's
 * thread containers ({@link LiveThreads}, shared with the exercises' tests), which the child's
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} opens. A child whose run left one is replaced: a virtual
 * thread still spinning or blocked would take a carrier thread, or a permit, from the next check's tasks.
 */
final class VirtualThreads {

    private VirtualThreads() {}

    /**
     * Whether a virtual thread started since {@code before} is still alive, after giving those that are ending a
     * moment (at most 200 ms: this only decides whether the child is kept, never a verdict). False when the threads
     * cannot be read (a JDK without the containers): the child is then judged by its platform threads alone.
     */
    static boolean leftSince(Set<Long> before) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (true) {
            var live = LiveThreads.startedSince(before, Set.of());
            if (live == null) return false;
            if (live.isEmpty()) return false;
            if (System.nanoTime() > deadline) return true;
            Thread.onSpinWait();
        }
    }
}
