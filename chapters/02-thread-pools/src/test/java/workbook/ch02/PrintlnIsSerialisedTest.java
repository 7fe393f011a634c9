package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.Caller;

/** println holds the stream's lock while it writes: a second thread's println waits until the first is done. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PrintlnIsSerialisedTest {

    /** Keeps what is written; the first write blocks at a gate the test owns. */
    static final class GatedStream extends OutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            written.write(b, off, len);
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSecondPrintlnWaitsWhileTheFirstIsStillWriting() throws Exception {
        var sink = new GatedStream();
        var out = new PrintStream(sink, true, StandardCharsets.UTF_8);

        var first = Caller.start("first", () -> out.println("first"));
        sink.entered.await();                             // "first" is inside write(), holding the stream's lock
        var second = Caller.start("second", () -> out.println("second"));
        second.awaitParked();                            // blocked on that lock: nothing else can hold it up

        assertThat(second.thread().getState()).isNotEqualTo(Thread.State.TERMINATED);
        assertThat(sink.text()).doesNotContain("second");
        sink.gate.countDown();
        first.finish();
        second.finish();
        assertThat(sink.text().lines()).containsExactly("first", "second");
    }
}
