package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SubmitVersusExecuteTest {

    private final AtomicReference<String> uncaught = new AtomicReference<>();
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread.UncaughtExceptionHandler handler = (t, e) -> {
        uncaught.set(t.getName() + ": " + e.getMessage());
        reported.countDown();
    };

    @Test
    void executeLetsTheExceptionKillTheWorkerAndThePoolStartsANewOne() throws Exception {
        var out = new RecordingOut();
        try (var pool = SubmitVersusExecute.singleThreadPool(handler)) {
            String before = SubmitVersusExecute.nextWorker(pool);

            SubmitVersusExecute.failWithExecute(pool, out);
            reported.await(); // the uncaught-exception handler saw it

            assertThat(uncaught.get()).isEqualTo(before + ": failed in execute()");
            assertThat(SubmitVersusExecute.nextWorker(pool)).as("a new worker runs the next task").isNotEqualTo(before);
        }
    }

    @Test
    void submitKeepsTheExceptionInTheFutureAndTheWorkerLivesOn() throws Exception {
        var out = new RecordingOut();
        try (var pool = SubmitVersusExecute.singleThreadPool(handler)) {
            String before = SubmitVersusExecute.nextWorker(pool);

            SubmitVersusExecute.failWithSubmit(pool, out);

            assertThat(out.lines()).containsExactly(
                    "submit(): the task runs on " + before + " and throws",
                    "get() threw ExecutionException, caused by java.lang.IllegalStateException: failed in submit()");
            assertThat(SubmitVersusExecute.nextWorker(pool)).as("the same worker runs the next task").isEqualTo(before);
        }
        assertThat(uncaught.get()).as("the handler was never called").isNull();
    }
}
