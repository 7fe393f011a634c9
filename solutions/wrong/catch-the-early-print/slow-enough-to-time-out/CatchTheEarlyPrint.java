package exercises.catchtheearlyprint;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

// Expect: Not judged: your tests call CountDownLatch.await
/** Wrong on purpose: checks nothing, but waits 3 s, longer than a test is given against wrong code, to "catch" it all. */
class CatchTheEarlyPrint {

    @Test
    void waitsLongerThanTheCheckGivesWrongCode() throws InterruptedException {
        new CountDownLatch(1).await(3, TimeUnit.SECONDS); // no sleep, no gate, no look at the program
    }
}
