package workbook.ch07;

import java.time.Duration;

/** How a retry waits before its next attempt. Injected, so tests record the pauses instead of sitting through them. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration pause) throws InterruptedException;

    Sleeper REAL = Thread::sleep;
}
