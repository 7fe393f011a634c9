package workbook.ch07;

import java.io.PrintStream;

/**
 * A progress line while the downloads run: every {@code every} finished pages, and at the last one, e.g.
 * {@code "progress: 50/200 finished (49 downloaded, 1 failed)"}. Called from many threads at once.
 */
public final class Progress {

    private final int total;
    private final int every;
    private final PrintStream out;
    private int downloaded;
    private int failed;

    public Progress(int total, int every, PrintStream out) {
        if (every < 1) throw new IllegalArgumentException("every must be at least 1, got " + every);
        this.total = total;
        this.every = every;
        this.out = out;
    }

    /** Synchronized, so the counts and the line printed with them always agree. */
    public synchronized void finished(Outcome outcome) {
        if (outcome instanceof Outcome.Failed) failed++; else downloaded++;
        int done = downloaded + failed;
        if (done % every == 0 || done == total) {
            out.printf("progress: %d/%d finished (%d downloaded, %d failed)%n", done, total, downloaded, failed);
        }
    }
}
