package workbook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Not a test of the tool: tests that a {@link Child} JVM runs while it waits for its first request, so the
 * JUnit machinery an exercise's tests use (Jupiter's execution, parameterized tests, timeouts on a separate
 * thread, threads started and joined) is loaded, and partly compiled, before the learner's save. The child
 * sends no record about these runs.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class ChildWarmUp {

    enum Where { FIRST, LAST }

    @ParameterizedTest(name = "held {0}")
    @EnumSource(Where.class)
    void startsAndJoinsThreads(Where where) throws InterruptedException {
        var ran = new AtomicInteger();
        var threads = new Thread[where == Where.FIRST ? 8 : 16];
        for (int i = 0; i < threads.length; i++) threads[i] = Thread.ofPlatform().start(ran::incrementAndGet);
        for (var t : threads) t.join();
        assertEquals(threads.length, ran.get());
    }

    @Test
    void runsOnAVirtualThread() throws InterruptedException {
        var ran = new AtomicInteger();
        Thread.ofVirtual().start(ran::incrementAndGet).join();
        assertEquals(1, ran.get(), "one virtual thread ran");
    }
}
