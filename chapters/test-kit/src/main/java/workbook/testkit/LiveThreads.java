package workbook.testkit;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ids of the live virtual threads, which {@link Thread#getAllStackTraces()} leaves out. The JDK keeps every
 * started thread in the thread container that started it ({@code jdk.internal.vm.ThreadContainers}, the tree that
 * {@code jcmd Thread.dump_to_file} prints): a virtual thread is there from {@code start()} on, before it has run a
 * line. That package is internal: the test JVMs open it with
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} (the {@code exercise.jvm.flags} of the root pom, and
 * the learner tool's child JVM). Without it, {@link #virtualThreadIds()} returns null and the check that needs it is
 * not made. Read by the exercises' tests and by the learner tool's child JVM (which replaces itself after a run that
 * left virtual threads alive).
 *
 * <p>(Not {@code HotSpotDiagnosticMXBean.dumpThreads}: it walks the same tree but also takes a snapshot of every
 * thread's stack, and on JDK 25.0.3 that crashed the test JVM once, in a thread that was ending.)
 */
public final class LiveThreads {

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

    private LiveThreads() {}

    /** The ids of every live virtual thread, or null where the JDK's thread containers cannot be read. */
    public static Set<Long> virtualThreadIds() {
        if (ROOT == null) return null;
        try {
            var ids = new HashSet<Long>();
            collect(ROOT.invoke(null), ids);
            return ids;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Every live virtual thread, or null where the JDK's thread containers cannot be read. */
    public static Set<Thread> virtualThreads() {
        if (ROOT == null) return null;
        try {
            var threads = new HashSet<Thread>();
            collectThreads(ROOT.invoke(null), threads);
            return threads;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The ids of the virtual threads alive now that were not alive in {@code before} (a {@link #virtualThreadIds()}
     * taken earlier) and are not among {@code known}; null where the containers cannot be read, now or then.
     */
    public static Set<Long> startedSince(Set<Long> before, java.util.Collection<Thread> known) {
        var live = virtualThreadIds();
        if (live == null || before == null) return null;
        live.removeAll(before);
        for (var t : known) live.remove(t.threadId());
        return live;
    }

    private static void collect(Object container, Set<Long> ids) throws ReflectiveOperationException {
        var threads = new HashSet<Thread>();
        collectThreads(container, threads);
        threads.forEach(t -> ids.add(t.threadId()));
    }

    @SuppressWarnings("unchecked")
    private static void collectThreads(Object container, Set<Thread> into) throws ReflectiveOperationException {
        try (var threads = (Stream<Thread>) THREADS.invoke(container)) {
            threads.filter(Thread::isVirtual).forEach(into::add);
        }
        try (var children = (Stream<Object>) CHILDREN.invoke(container)) {
            for (var child : children.toList()) collectThreads(child, into);
        }
    }
}
