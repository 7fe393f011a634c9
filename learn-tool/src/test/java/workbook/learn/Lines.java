package workbook.learn;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A PrintStream whose every line goes into a queue the test reads from: wait for a line, never for a time. */
final class Lines extends OutputStream {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8);

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            lines.add(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        } else {
            pending.write(b);
        }
    }

    /** Takes lines until one matches; fails (with what was printed) if none comes within a minute. */
    String await(String what, Predicate<String> matches) throws InterruptedException {
        while (true) {
            var line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null) fail("no line " + what + " within a minute; printed so far:\n" + String.join("\n", seen));
            seen.add(line);
            if (matches.test(line)) return line;
        }
    }

    /** Every line taken so far, for a failure's message. */
    String seen() {
        return String.join("\n", seen);
    }

    String awaitStart(String prefix) throws InterruptedException {
        return await("starting with '" + prefix + "'", l -> l.startsWith(prefix));
    }
}
