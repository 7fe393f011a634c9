package workbook.ch04;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An output sink for the examples that keeps what they print, line by line. */
final class Lines extends PrintStream {

    private final ByteArrayOutputStream bytes;

    Lines() {
        this(new ByteArrayOutputStream());
    }

    private Lines(ByteArrayOutputStream bytes) {
        super(bytes, true, StandardCharsets.UTF_8);
        this.bytes = bytes;
    }

    List<String> all() {
        synchronized (this) { // println locks the stream itself
            return bytes.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Blocks until {@code thread} is parked (WAITING), i.e. really waiting for something; no clock involved. */
    static void untilWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING) {
            if (!thread.isAlive()) throw new AssertionError(thread.getName() + " ended instead of waiting");
            Thread.onSpinWait();
        }
    }
}
