package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** submit() keeps a failure in a future nobody reads; execute() lets it kill the worker and print. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LostAndReportedFailuresTest {

    @Test
    void aFailureInAFutureNobodyReadsLeavesNoTrace() throws Exception {
        assertThatThrownBy(() -> ForgottenFailures.countLines(37).call()).isInstanceOf(IOException.class);
        var out = new Lines();
        var err = captureSystemErr(() -> ForgottenFailures.runAndForget(100, 50, out));

        assertThat(out.all()).containsExactly("123");
        assertThat(err).isEmpty();
    }

    @Test
    void executePrintsTheFailureAndThePoolReplacesTheWorker() throws Exception {
        List<Thread> workers = new CopyOnWriteArrayList<>();
        var err = captureSystemErr(() -> {
            try (ExecutorService pool = Executors.newFixedThreadPool(1, r -> {
                var t = new Thread(r, "worker-" + (workers.size() + 1));
                workers.add(t);
                return t;
            })) {
                pool.execute(() -> {
                    throw new IllegalStateException("file37.txt: permission denied");
                });
                workers.getFirst().join(); // the worker dies of it, after the default handler has printed
                assertThat(pool.submit(() -> Thread.currentThread().getName()).get()).isEqualTo("worker-2");
            }
        });

        assertThat(err).startsWith("Exception in thread \"worker-1\" java.lang.IllegalStateException: file37.txt: permission denied");
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Runs {@code action} with System.err replaced, and returns what was printed to it. */
    private static synchronized String captureSystemErr(Action action) throws Exception {
        var original = System.err;
        var bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
