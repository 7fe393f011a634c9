package workbook.ch02;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A PrintStream that keeps every line, and lets a test wait until the final line "123" has been printed. */
final class RecordingOut extends PrintStream {

    private final ByteArrayOutputStream bytes;
    private final CountDownLatch finalLine = new CountDownLatch(1);

    RecordingOut() {
        this(new ByteArrayOutputStream());
    }

    private RecordingOut(ByteArrayOutputStream bytes) {
        super(bytes, true, StandardCharsets.UTF_8);
        this.bytes = bytes;
    }

    @Override
    public void println(String x) {
        super.println(x);
        if ("123".equals(x)) finalLine.countDown();
    }

    void awaitFinalLine() throws InterruptedException {
        finalLine.await();
    }

    List<String> lines() {
        synchronized (this) { // PrintStream subclasses lock on the stream itself
            return bytes.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }
}
