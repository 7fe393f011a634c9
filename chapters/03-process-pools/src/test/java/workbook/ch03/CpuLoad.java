package workbook.ch03;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Platform threads that spin until closed: a machine with no idle core. */
final class CpuLoad implements AutoCloseable {
    private volatile boolean stop;
    private final List<Thread> threads = new ArrayList<>();

    CpuLoad(int threads) {
        for (int i = 0; i < threads; i++) {
            this.threads.add(Thread.ofPlatform().daemon(true).name("cpu-load-" + i).start(() -> {
                long x = 0;
                while (!stop) x += System.nanoTime() & 1;
                if (x == 42) System.err.print("");   // keep the loop from being optimised away
            }));
        }
    }

    /** Two spinning threads per core: every core busy, and runnable threads waiting for each. */
    static CpuLoad twoPerCore() {
        return new CpuLoad(2 * Runtime.getRuntime().availableProcessors());
    }

    /** {@code @ExtendWith(CpuLoad.DuringEveryTest.class)}: a test class whose every test runs with {@link #twoPerCore()}. */
    static final class DuringEveryTest implements BeforeAllCallback, AfterAllCallback {
        private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(CpuLoad.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getStore(HERE).put("load", twoPerCore());
        }

        @Override
        public void afterAll(ExtensionContext context) throws InterruptedException {
            context.getStore(HERE).get("load", CpuLoad.class).close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        for (var t : threads) t.join();
    }
}
