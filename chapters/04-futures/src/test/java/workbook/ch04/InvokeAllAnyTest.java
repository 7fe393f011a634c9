package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InvokeAllAnyTest extends OnAPool {

    InvokeAllAnyTest() {
        super(Executors.newFixedThreadPool(3));
    }

    @Test
    void invokeAllWaitsForEveryTaskAndKeepsTheOrderOfSubmission() throws Exception {
        // Task i waits until task i+1 has finished, so they finish in reverse order: 2, 1, 0.
        var finished = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < 3; i++) {
            int me = i;
            tasks.add(() -> {
                if (me < 2) finished.get(me + 1).await();
                finished.get(me).countDown();
                return "task" + me;
            });
        }

        List<Future<String>> futures = pool.invokeAll(tasks);

        assertThat(futures).allMatch(Future::isDone);
        assertThat(futures.stream().map(Future::resultNow)).containsExactly("task0", "task1", "task2");
    }

    @Test
    void invokeAllWithATimeLimitCancelsWhatHasNotFinished() throws Exception {
        var out = new Lines();
        var started = new CountDownLatch(1);
        var interrupted = new CountDownLatch(1);

        var futures = InvokeAllAny.invokeAllWithin(pool, List.of(InvokeAllAny.untilInterrupted(started, interrupted)), 20, out);

        assertThat(futures.getFirst().isCancelled()).isTrue();
        assertThat(out.all()).containsExactly("cancelled");
        // The task never ends by itself. If it had started within the 20 ms, cancel(true) interrupted it;
        // if not (a very busy machine), it was cancelled before it ran and never will run.
        if (started.getCount() == 0) interrupted.await();
        else assertThat(interrupted.getCount()).isOne();
    }

    @Test
    void invokeAnyReturnsTheFirstSuccessAndCancelsTheRest() throws Exception {
        var slowInterrupted = new CountDownLatch(1);

        String result = InvokeAllAny.firstMirror(pool, slowInterrupted);

        assertThat(result).isEqualTo("file from mirror C"); // mirror A failed first: a failure does not count
        slowInterrupted.await();                           // mirror B was running, and was cancelled with an interrupt
    }
}
