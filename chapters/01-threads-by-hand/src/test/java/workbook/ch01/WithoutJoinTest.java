package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Proves the broken idiom the chapter shows really is broken, without relying on timing luck. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WithoutJoinTest {

    @Test
    void printsTheFinalLineWhileEveryTaskIsStillHeld() throws InterruptedException {
        var gate = new CountDownLatch(1);      // the test owns it: no task can finish until it opens
        var finished = new AtomicInteger();
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> {
                try {
                    gate.await();
                    finished.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        var bytes = new ByteArrayOutputStream();

        WithoutJoin.runWithoutJoin(tasks, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        int finishedWhenPrinted = finished.get();
        gate.countDown(); // let the tasks end, so no thread outlives the test
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("123" + System.lineSeparator());
        assertThat(finishedWhenPrinted).as("tasks finished before '123' was printed").isZero();
    }
}
