package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CompletableTest extends OnAPool {

    CompletableTest() {
        super(Executors.newFixedThreadPool(2, r -> new Thread(r, "own-pool-worker")));
    }

    private static String where() {
        var t = Thread.currentThread();
        return t.getName() + (t.isDaemon() ? " (daemon)" : "");
    }

    @Test
    void supplyAsyncWithAnExecutorRunsOnThatExecutor() {
        assertThat(CompletableFuture.supplyAsync(CompletableTest::where, pool).join()).isEqualTo("own-pool-worker");
    }

    @Test
    void supplyAsyncWithoutAnExecutorRunsOnTheCommonPoolsDaemonThreads() {
        // On JDK 25; JDK 17 used a new (non-daemon) thread per task when the common pool's parallelism was below 2.
        var thread = CompletableFuture.supplyAsync(Thread::currentThread).join();
        assertThat(thread).isInstanceOf(ForkJoinWorkerThread.class);
        assertThat(((ForkJoinWorkerThread) thread).getPool()).isSameAs(ForkJoinPool.commonPool());
        assertThat(thread.isDaemon()).isTrue();
    }

    @Test
    void allOfCompletesOnlyWhenEveryFutureHas() {
        var gate = new CountDownLatch(1);
        var quick = CompletableFuture.supplyAsync(() -> 1, pool);
        var held = CompletableFuture.supplyAsync(() -> {
            await(gate);
            return 2;
        }, pool);
        var all = CompletableFuture.allOf(quick, held);

        quick.join();
        assertThat(all.isDone()).isFalse();
        gate.countDown();
        all.join();
        assertThat(held.isDone()).isTrue();
        assertThat(Completable.totalLines(pool, List.of(() -> 1_000, () -> 250, () -> 40))).isEqualTo(1_290);
    }

    @Test
    void thenCombineRunsBothLookupsAtOnceAndJoinsTheirResults() {
        var ordersStarted = new CountDownLatch(1);
        Supplier<String> name = () -> {
            await(ordersStarted); // finishes only if the orders lookup runs at the same time
            return "alice";
        };
        Supplier<Integer> orders = () -> {
            ordersStarted.countDown();
            return 3;
        };
        assertThat(Completable.describeUser(pool, name, orders)).isEqualTo("alice has 3 orders");
    }

    @Test
    void exceptionallyAndHandleSeeTheFailureWrappedInACompletionException() {
        Supplier<Integer> down = () -> {
            throw new IllegalStateException("orders service down");
        };
        assertThat(Completable.ordersOrUnknown(pool, down))
                .isEqualTo("orders unknown (CompletionException caused by IllegalStateException: orders service down)");
        assertThat(Completable.ordersOrFailure(pool, down)).isEqualTo("lookup failed: orders service down");
        assertThat(Completable.ordersOrFailure(pool, () -> 4)).isEqualTo("4 orders");
    }

    @Test
    void cancelCompletesTheFutureButDoesNotInterruptTheTask() throws Exception {
        var out = new Lines();
        var started = new CountDownLatch(1);
        var gate = new CountDownLatch(1);

        CompletableFuture<String> future = Completable.cancelWhileRunning(pool, started, gate, out);

        assertThat(future.isCancelled()).isTrue();
        gate.countDown();
        pool.close(); // waits for the task: it ends normally, never interrupted
        assertThat(out.all()).containsExactly(
                "cancel(true) returned true; isCancelled() = true",
                "join() threw CancellationException at once, while the task still runs",
                "the task ran to its end after the cancel");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
