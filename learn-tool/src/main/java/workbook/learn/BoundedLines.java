package workbook.learn;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Text written by the learner's code, kept within bounds however much is printed: the first {@link #KEPT}
 * lines, the last {@link #KEPT} lines and how many there were, each line cut at {@link #WIDTH} characters.
 * A million printed lines cost a counter, not memory or a flooded terminal.
 */
final class BoundedLines extends OutputStream {

    static final int KEPT = 20;
    static final int WIDTH = 300;

    private final List<String> first = new ArrayList<>();
    private final ArrayDeque<String> last = new ArrayDeque<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private long lines;

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            endLine();
        } else if (pending.size() < WIDTH * 4) {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int from = off, end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] != '\n') continue;
            keep(b, from, i - from);
            endLine();
            from = i + 1;
        }
        keep(b, from, end - from);
    }

    private void keep(byte[] b, int off, int len) {
        pending.write(b, off, Math.max(0, Math.min(len, WIDTH * 4 - pending.size())));
    }

    private void endLine() {
        var line = pending.toString(StandardCharsets.UTF_8);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (line.length() > WIDTH) line = line.substring(0, WIDTH) + " ...";
        pending.reset();
        lines++;
        if (first.size() < KEPT) {
            first.add(line);
            return;
        }
        last.addLast(line);
        if (last.size() > KEPT) last.removeFirst();
    }

    /** Forgets everything, for the next run. */
    synchronized void reset() {
        first.clear();
        last.clear();
        pending.reset();
        lines = 0;
    }

    /** How many lines were written (an unfinished last line counts). */
    synchronized long lines() {
        return lines + (pending.size() > 0 ? 1 : 0);
    }

    /** The kept lines; a gap, when there is one, is a line saying how many lines were left out. */
    synchronized String text() {
        if (pending.size() > 0) endLine();
        var out = new StringBuilder();
        for (var l : first) out.append(l).append('\n');
        long skipped = lines - first.size() - last.size();
        if (skipped > 0) out.append("... (").append(skipped).append(" more lines) ...\n");
        for (var l : last) out.append(l).append('\n');
        return out.toString();
    }
}
