package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FutureBasicsTest extends OnAPool {

    FutureBasicsTest() {
        super(Executors.newFixedThreadPool(2));
    }

    @Test
    void getBlocksUntilTheTaskHasFinished() throws Exception {
        var gate = new CountDownLatch(1);
        Future<String> future = pool.submit(FutureBasics.after(gate, "result"));
        var got = new AtomicReference<String>();
        var caller = Thread.ofPlatform().start(() -> {
            try {
                got.set(future.get());
            } catch (Exception e) {
                got.set(e.toString());
            }
        });

        Lines.untilWaiting(caller);                 // the caller is parked inside get()
        assertThat(future.isDone()).isFalse();
        assertThat(got.get()).isNull();

        gate.countDown();
        caller.join();
        assertThat(got.get()).isEqualTo("result");
    }

    @Test
    void getWrapsTheTasksExceptionInAnExecutionException() throws Exception {
        Throwable cause = FutureBasics.failureOf(pool);

        assertThat(cause).isInstanceOf(IOException.class).hasMessage("file7.txt: no such file");
    }

    @Test
    void aTimedGetThrowsTimeoutExceptionAndLeavesTheTaskRunning() throws Exception {
        var out = new Lines();
        var gate = new CountDownLatch(1);   // shut until the timed get() has given up: the timeout is certain

        Future<String> future = FutureBasics.timedGet(pool, gate, out);

        assertThat(out.all()).containsExactly("get(10 ms) timed out; isDone() = false, isCancelled() = false");
        assertThat(future.state()).isEqualTo(Future.State.RUNNING);
        gate.countDown();
        assertThat(future.get()).isEqualTo("done");
    }

    @Test
    void cancelTrueInterruptsTheRunningTaskAndGetThrowsCancellationException() throws Exception {
        var out = new Lines();

        FutureBasics.cancelRunning(pool, out);     // returns only after the task has seen the interrupt

        assertThat(out.all()).containsExactly(
                "cancel(true) returned true; the task saw the interrupt",
                "isCancelled() = true, isDone() = true, state() = CANCELLED",
                "get() threw CancellationException");
    }

    @Test
    void stateResultNowAndExceptionNowNeverWait() throws Exception {
        var gate = new CountDownLatch(1);
        Future<String> running = pool.submit(FutureBasics.after(gate, "x"));
        assertThat(FutureBasics.describe(running)).isEqualTo("not finished yet");
        assertThatThrownBy(running::resultNow).isInstanceOf(IllegalStateException.class);
        gate.countDown();
        running.get();
        assertThat(FutureBasics.describe(running)).isEqualTo("success: x");

        Future<?> failed = pool.submit(() -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(failed::get).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(FutureBasics.describe(failed)).isEqualTo("failed: java.lang.IllegalStateException: boom");
    }
}
