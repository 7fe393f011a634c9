package workbook.ch09;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * A {@code PrintStream} to hand the code under test instead of {@code System.out}: it keeps every complete line in
 * the order printed, with the number of unfinished tasks at the instant the line was completed.
 */
public final class RecordingOut extends PrintStream {

    /** One printed line, and how many tasks were unfinished when it was printed. */
    public record Line(String text, int unfinishedTasks) {}

    private final Recorder recorder;

    private RecordingOut(Recorder recorder) {
        super(recorder, true, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    public static RecordingOut create() {
        return new RecordingOut(new Recorder());
    }

    /** From now on, each line notes {@code unfinished} as read when the line is completed. */
    public void countUnfinishedWith(IntSupplier unfinished) {
        recorder.unfinished = unfinished;
    }

    public List<Line> lines() {
        flush();
        synchronized (recorder) {
            return List.copyOf(recorder.lines);
        }
    }

    /** Every line equal to {@code text}, in the order printed. */
    public List<Line> linesEqualTo(String text) {
        return lines().stream().filter(l -> l.text().equals(text)).toList();
    }

    // tag::recorder[]
    private static final class Recorder extends OutputStream {
        private final List<Line> lines = new ArrayList<>();
        // the line each thread is building
        private final Map<Thread, StringBuilder> partial = new HashMap<>();
        private volatile IntSupplier unfinished = () -> 0;

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            var buffer = partial.computeIfAbsent(Thread.currentThread(), t -> new StringBuilder());
            for (char c : new String(b, off, len, StandardCharsets.UTF_8).toCharArray()) {
                if (c == '\n') {
                    var text = buffer.toString().replace("\r", "");
                    // the world as it is at the instant the line ends
                    lines.add(new Line(text, unfinished.getAsInt()));
                    buffer.setLength(0);
                } else {
                    buffer.append(c);
                }
            }
        }
    }
    // end::recorder[]
}
