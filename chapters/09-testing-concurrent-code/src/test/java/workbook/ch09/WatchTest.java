package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What sampling a thread's state tells, and what a second observation adds. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WatchTest {

    // tag::sampling-is-enough[]
    @Test
    void aThreadSeenWaitingOnTheTestsLatchStaysThereUntilTheTestActs() throws InterruptedException {
        var latch = new CountDownLatch(1); // only this test counts it down
        var waiter = waitingOn(latch);

        var info = Watch.awaitWaitingOrEnded(waiter, Set.of()).orElseThrow();
        long waited = info.getWaitedCount();

        LockSupport.unpark(waiter); // a spurious wake-up, which every wait must expect
        var again = Watch.awaitWaitingAgainOrEnded(waiter, waited).orElseThrow();
        // it woke, looked, and waits again; nothing but the test can end this wait
        assertThat(again.getWaitedCount()).isGreaterThan(waited);
        assertThat(waiter.getState()).isEqualTo(Thread.State.WAITING);

        latch.countDown();
        waiter.join();
    }
    // end::sampling-is-enough[]

    @Test
    void aJoinOfAThreadNamesThatThreadAsWhatItWaitsOn() throws InterruptedException {
        var latch = new CountDownLatch(1);
        var worker = waitingOn(latch);
        var joiner = Thread.ofPlatform().daemon().start(() -> {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        var info = Watch.awaitWaitingOrEnded(joiner, Set.of()).orElseThrow();

        assertThat(info.getLockInfo().getIdentityHashCode()).isEqualTo(System.identityHashCode(worker));
        latch.countDown();
        joiner.join();
    }

    /** A daemon thread that waits until {@code latch} is counted down. */
    static Thread waitingOn(CountDownLatch latch) {
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aThreadThatEndsIsReportedAsEnded() throws InterruptedException {
        var quick = Thread.ofPlatform().start(() -> { });
        assertThat(Watch.awaitWaitingOrEnded(quick, Set.of())).isEmpty();
    }
}
