package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.ch05.BoundedSubmitters.PermitPerQueuePlace;
import workbook.ch05.BoundedSubmitters.PermitUntilAfterExecute;
import workbook.ch05.BoundedSubmitters.PermitUntilTaskEnds;
import workbook.ch05.BoundedSubmitters.WaitForRoom;

/**
 * Each design meets the same moment: one thread, a queue of one; task A has just ended, task B waits in the
 * queue, and the worker is stopped after A (in afterExecute) before it takes B. The scheduler may stop a worker
 * there on any run; the tests stop it there on every run, with a pause they own, so each outcome is certain.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BoundedSubmittersTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final WorkerPause pause = new WorkerPause();

    @Test
    void aPermitGivenBackWhenTheTaskEndsLetsTheSubmitterInWhileTheQueueIsStillFull() throws Exception {
        var pool = poolOfOneStoppedAfterItsFirstTask(new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.AbortPolicy());
        var submitter = new PermitUntilTaskEnds(pool, 2); // threads + queue
        fillWithAHeldAndBQueued(submitter::put);

        assertThat(pool.getQueue().remainingCapacity()).isZero();
        endAAndStopTheWorkerBeforeItTakesB();

        assertThatThrownBy(() -> submitter.put(task("C"))).isInstanceOf(RejectedExecutionException.class);
        pause.resume();
        submitter.close();
        assertThat(ran).containsExactly("A", "B"); // C was lost
    }

    @Test
    void aPermitGivenBackInAfterExecuteLetsTheSubmitterInWhileTheQueueIsStillFull() throws Exception {
        var submitter = new PermitUntilAfterExecute(1, 1) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                super.afterExecute(task, thrown); // gives the permit back
                pause.here();
            }
        };
        fillWithAHeldAndBQueued(submitter::put);
        endAAndStopTheWorkerBeforeItTakesB();

        assertThatThrownBy(() -> submitter.put(task("C"))).isInstanceOf(RejectedExecutionException.class);
        pause.resume();
        submitter.close();
        assertThat(ran).containsExactly("A", "B");
    }

    @Test
    void aSynchronousQueueRejectsWhileNoWorkerWaitsInTakeEvenWithOnePermitPerThread() throws Exception {
        var pool = poolOfOneStoppedAfterItsFirstTask(new SynchronousQueue<>(), new ThreadPoolExecutor.AbortPolicy());
        var submitter = new PermitUntilTaskEnds(pool, 1); // threads
        submitter.put(task("A", gate));
        gate.countDown();
        pause.awaitArrival(); // A has ended and given its permit back; the worker is not yet waiting in take()

        assertThatThrownBy(() -> submitter.put(task("C"))).isInstanceOf(RejectedExecutionException.class);
        pause.resume();
        submitter.close();
        assertThat(ran).containsExactly("A");
    }

    @Test
    void behindAnUnboundedQueueAPermitGivenBackWhenTheTaskEndsDoesNoHarm() throws Exception {
        var pool = poolOfOneStoppedAfterItsFirstTask(new LinkedBlockingQueue<>(), new ThreadPoolExecutor.AbortPolicy());
        var submitter = new PermitUntilTaskEnds(pool, 2);
        fillWithAHeldAndBQueued(submitter::put);
        endAAndStopTheWorkerBeforeItTakesB();

        submitter.put(task("C")); // the queue is never full: accepted
        assertThat(pool.getQueue()).hasSize(2);
        pause.resume();
        submitter.close();
        assertThat(ran).containsExactly("A", "B", "C");
    }

    @Test
    void aPermitPerQueuePlaceGivenBackInBeforeExecuteKeepsTheSubmitterOutUntilTheWorkerHasTakenB() throws Exception {
        var submitter = new PermitPerQueuePlace(1, 1) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                pause.here();
            }
        };
        fillWithAHeldAndBQueued(submitter::put);
        endAAndStopTheWorkerBeforeItTakesB();

        assertThat(submitter.getQueue()).hasSize(1);
        assertThat(submitter.availablePermits()).isZero(); // B holds the only permit: a submitter waits in acquire()
        pause.resume();
        submitter.put(task("C")); // waits until the worker has taken B out of the queue, then fits
        submitter.close();
        assertThat(ran).containsExactly("A", "B", "C");
    }

    @Test
    void aHandlerThatWaitsInPutKeepsTheSubmitterWaitingUntilTheWorkerHasTakenB() throws Exception {
        var putCalled = new CountDownLatch(1);
        var queue = new ArrayBlockingQueue<Runnable>(1) {
            @Override
            public void put(Runnable task) throws InterruptedException {
                putCalled.countDown();
                super.put(task);
            }
        };
        var pool = poolOfOneStoppedAfterItsFirstTask(queue, new WaitForRoom());
        fillWithAHeldAndBQueued(pool::execute);
        endAAndStopTheWorkerBeforeItTakesB();

        var thrown = new AtomicReference<Throwable>();
        var submitter = Thread.ofPlatform().start(() -> {
            try {
                pool.execute(task("C"));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        putCalled.await(); // the pool turned C away, and the handler waits in put() for room
        assertThat(queue).hasSize(1);
        pause.resume();
        submitter.join();
        pool.close();
        assertThat(thrown.get()).isNull();
        assertThat(ran).containsExactly("A", "B", "C");
    }

    @Test
    void aHandlerThatWaitsInPutRejectsOnceThePoolIsShutDown() {
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new WaitForRoom());
        pool.shutdown();
        assertThatThrownBy(() -> pool.execute(task("A"))).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("shut down");
        pool.close();
        assertThat(ran).isEmpty();
    }

    @Test
    void aHandlerInterruptedWhileWaitingRejectsAndKeepsTheInterrupt() throws Exception {
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new WaitForRoom());
        try {
            fillWithAHeldAndBQueued(pool::execute);
            Thread.currentThread().interrupt(); // put() throws at once for an interrupted thread
            assertThatThrownBy(() -> pool.execute(task("C"))).isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).isTrue(); // clears it again for the rest of the test
        } finally {
            gate.countDown();
            pool.close();
        }
        assertThat(ran).containsExactly("A", "B");
    }

    @Test
    void theDesignsThatHoldRejectNothingInManyCalls() throws Exception {
        for (var design : SubmitterRace.designs(2, 2)) {
            if (design.holds()) {
                assertThat(SubmitterRace.rejections(design.make(), 20_000)).as(design.toString()).isZero();
            }
        }
    }

    // --- the story's steps, and the helpers they use ---

    interface Submit {
        void submit(Runnable task) throws InterruptedException;
    }

    /** Task A runs on the only thread and waits at the gate; task B waits in the queue of one, which is then full. */
    private void fillWithAHeldAndBQueued(Submit submit) throws InterruptedException {
        submit.submit(task("A", gate));
        submit.submit(task("B"));
    }

    /** Lets A end, and waits until its worker stands in afterExecute, B still in the queue. */
    private void endAAndStopTheWorkerBeforeItTakesB() throws InterruptedException {
        gate.countDown();
        pause.awaitArrival();
    }

    /** One thread in front of {@code queue}; the worker stops in afterExecute after its first task, at the pause. */
    private ThreadPoolExecutor poolOfOneStoppedAfterItsFirstTask(BlockingQueue<Runnable> queue, RejectedExecutionHandler handler) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, queue, handler) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                pause.here();
            }
        };
    }

    private Runnable task(String name) {
        return () -> ran.add(name);
    }

    private Runnable task(String name, CountDownLatch waitFor) {
        return () -> {
            try {
                waitFor.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            ran.add(name);
        };
    }

    /** Stops the first worker that calls {@link #here()} until the test calls {@link #resume()}; later calls pass. */
    static final class WorkerPause {
        private final AtomicBoolean used = new AtomicBoolean();
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch resumed = new CountDownLatch(1);

        void here() {
            if (!used.compareAndSet(false, true)) return;
            arrived.countDown();
            try {
                resumed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void awaitArrival() throws InterruptedException {
            arrived.await();
        }

        void resume() {
            resumed.countDown();
        }
    }
}
