package workbook.ch06;

import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A per-thread cache in a ThreadLocal: cheap on a pool of a few threads, one copy per task on virtual threads.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=thread-locals</pre>
 */
public final class ThreadLocalCost {

    static final int BUFFER_BYTES = 8 * 1024;

    private ThreadLocalCost() {}

    // tag::thread-local[]
    /** A buffer per thread, made the first time a thread asks for it; {@code made} counts them. */
    record Buffers(ThreadLocal<byte[]> perThread, AtomicInteger made) {
        static Buffers create() {
            var made = new AtomicInteger();
            return new Buffers(ThreadLocal.withInitial(() -> {
                made.incrementAndGet();
                return new byte[BUFFER_BYTES];
            }), made);
        }
    }

    /**
     * Runs {@code tasks} tasks that each use the current thread's buffer; returns how many buffers were
     * made.
     */
    static int buffersMade(Supplier<ExecutorService> executors, int tasks) {
        var buffers = Buffers.create();
        try (ExecutorService executor = executors.get()) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> buffers.perThread().get()[0]++);
            }
        }
        return buffers.made().get();
    }
    // end::thread-local[]

    static void show(int tasks, PrintStream out) {
        int pooled = buffersMade(() -> Executors.newFixedThreadPool(4), tasks);
        int virtual = buffersMade(Executors::newVirtualThreadPerTaskExecutor, tasks);
        out.printf("fixed pool of 4 threads:     %,6d tasks made %,6d buffers (%,d KiB)%n", tasks, pooled, pooled * BUFFER_BYTES / 1024);
        out.printf("virtual thread per task:     %,6d tasks made %,6d buffers (%,d KiB)%n", tasks, virtual, virtual * BUFFER_BYTES / 1024);
    }

    public static void main(String[] args) {
        show(args.length > 0 ? Integer.parseInt(args[0]) : 10_000, System.out);
    }
}
