package workbook.learn;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The child JVM's live virtual threads, which {@link Thread#getAllStackTraces()} leaves out: read from the JDK's thread
 * containers ({@code jdk.internal.vm.ThreadContainers}, the tree {@code jcmd Thread.dump_to_file} prints), which the
 * child's {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} opens (as the exercises' own
 * {@code exercises.support.LiveThreads} reads them). A child whose run left virtual threads alive is replaced: one
 * still spinning or blocked would take a carrier thread, or a permit, from the next check's tasks.
 */
final class VirtualThreads {

    private static final Method ROOT;
    private static final Method THREADS;
    private static final Method CHILDREN;

    static {
        Method root = null, threads = null, children = null;
        try {
            var containers = Class.forName("jdk.internal.vm.ThreadContainers");
            var container = Class.forName("jdk.internal.vm.ThreadContainer");
            root = containers.getMethod("root");
            threads = container.getMethod("threads");
            children = container.getMethod("children");
            root.invoke(null); // fails here, once, without the package opened
        } catch (ReflectiveOperationException | RuntimeException e) {
            root = null;
        }
        ROOT = root;
        THREADS = threads;
        CHILDREN = children;
    }

    private VirtualThreads() {}

    /** The ids of every live virtual thread, or null where the thread containers cannot be read. */
    static Set<Long> liveIds() {
        if (ROOT == null) return null;
        try {
            var ids = new HashSet<Long>();
            collect(ROOT.invoke(null), ids);
            return ids;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether a virtual thread started since {@code before} is still alive, after giving those that are ending a
     * moment (at most 200 ms: this only decides whether the child is kept, never a verdict). False when the threads
     * cannot be read (a JDK without the containers): the child is then judged by its platform threads alone.
     */
    static boolean leftSince(Set<Long> before) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (true) {
            var live = liveIds();
            if (live == null || before == null) return false;
            live.removeAll(before);
            if (live.isEmpty()) return false;
            if (System.nanoTime() > deadline) return true;
            Thread.onSpinWait();
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object container, Set<Long> ids) throws ReflectiveOperationException {
        try (var threads = (Stream<Thread>) THREADS.invoke(container)) {
            threads.filter(Thread::isVirtual).forEach(t -> ids.add(t.threadId()));
        }
        try (var children = (Stream<Object>) CHILDREN.invoke(container)) {
            for (var child : children.toList()) collect(child, ids);
        }
    }
}
