package exercises.support;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The output sink the test injects instead of {@code System.out}: it records every complete line, which
 * thread printed it, and how many tasks were unfinished at that moment.
 */
public final class RecordingOut extends PrintStream {

    /**
     * One printed line and the state of the world when it was printed; {@code at} ({@link System#nanoTime}) only orders
     * it against other events of the same run (e.g. {@link LearnerRun#ownWaitBefore}), never measures anything.
     */
    public record Line(String text, Thread thread, int unfinishedTasks, long at) {}

    private final LineRecorder recorder;

    private RecordingOut(LineRecorder recorder) {
        super(recorder, true, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** A sink whose {@code unfinished} supplier is read at the instant each line completes. */
    public static RecordingOut counting(IntSupplier unfinished) {
        return new RecordingOut(new LineRecorder(unfinished));
    }

    public void countWith(IntSupplier unfinished) {
        recorder.unfinished = unfinished;
    }

    /**
     * From now on, a line that another thread than {@code learner} begins to print waits until the learner's thread
     * waits for something that may need it, or has ended ({@link PrintsOfOtherThreads}). {@code poolWorkers}: the workers
     * of the pools handed in (the learner's thread in such a pool's close() waits for them, not for others).
     */
    public void holdLinesOfOtherThreads(Thread learner, java.util.function.Supplier<java.util.Collection<Thread>> poolWorkers) {
        recorder.held = new PrintsOfOtherThreads(learner, poolWorkers);
    }

    /** How many complete lines were printed so far: read without the stream's lock (a held line may have it). */
    public int completedLines() {
        return recorder.completed.get();
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

    private static final class LineRecorder extends OutputStream {
        private final List<Line> lines = new ArrayList<>();
        // Each thread builds its own partial line, so two threads never mix halves of a line.
        private final Map<Thread, StringBuilder> partial = new HashMap<>();
        private volatile IntSupplier unfinished;
        private volatile PrintsOfOtherThreads held;
        private final java.util.concurrent.atomic.AtomicInteger completed = new java.util.concurrent.atomic.AtomicInteger();

        LineRecorder(IntSupplier unfinished) {
            this.unfinished = unfinished;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            var me = Thread.currentThread();
            var gate = held;
            if (gate != null) gate.await(me);
            var text = new String(b, off, len, StandardCharsets.UTF_8);
            var buffer = partial.computeIfAbsent(me, t -> new StringBuilder());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    var line = buffer.toString();
                    if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
                    lines.add(new Line(line, me, unfinished.getAsInt(), System.nanoTime()));
                    completed.incrementAndGet();
                    buffer.setLength(0);
                } else {
                    buffer.append(c);
                }
            }
        }
    }
}
