package workbook.ch02;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Records which worker ran which task, and when, for a real run of a small pool, and draws it as an SVG:
 * one row per worker thread, one bar per task. The build draws target/snippets/timeline.svg for the book.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=timeline    (writes target/timeline.svg)</pre>
 */
public final class Timeline {

    /** How long each task sleeps, in milliseconds: varied, so the workers fall out of step. */
    static final long[] TASK_MILLIS = {90, 30, 60, 120, 30, 60, 90, 30, 60, 30, 90, 60};
    static final int WORKERS = 4;

    private Timeline() {}

    /** One task's run: which worker thread ran it, and when, in nanoseconds since the pool got its first task. */
    record Span(String worker, int task, long startNanos, long endNanos) {}

    // tag::record-spans[]
    static List<Span> recordRun(int workers, long[] taskMillis) {
        Queue<Span> spans = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (int i = 0; i < taskMillis.length; i++) {
                int task = i;
                pool.execute(() -> {
                    long start = System.nanoTime() - t0;
                    sleep(taskMillis[task]);                       // the task's "work"
                    spans.add(new Span(Thread.currentThread().getName(), task, start,
                            System.nanoTime() - t0));
                });
            }
        }
        return spans.stream().sorted(Comparator.comparingLong(Span::startNanos)).toList();
    }
    // end::record-spans[]

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Drawing: sizes in SVG user units (pixels).
    private static final int LEFT = 130, TOP = 30, ROW = 34, BAR = 24, PLOT_WIDTH = 640;

    /** Draws the spans: a row per worker (in order of name), a labelled bar per task, and a time axis in ms. */
    static String svg(List<Span> spans) {
        var workers = new ArrayList<>(new TreeSet<>(spans.stream().map(Span::worker).toList()));
        long endNanos = spans.stream().mapToLong(Span::endNanos).max().orElse(1);
        double endMillis = endNanos / 1e6;
        double step = niceStep(endMillis);
        double scale = PLOT_WIDTH / (Math.ceil(endMillis / step) * step); // pixels per millisecond
        int height = TOP + workers.size() * ROW + 40;
        int width = LEFT + PLOT_WIDTH + 20;

        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width, height, width, height));
        sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"18\" font-weight=\"bold\">%d tasks on a pool of %d threads</text>%n",
                LEFT, spans.size(), workers.size()));
        for (int w = 0; w < workers.size(); w++) {
            int y = TOP + w * ROW;
            sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 8, y + BAR / 2 + 4, escape(workers.get(w))));
        }
        for (var s : spans) {
            int y = TOP + workers.indexOf(s.worker()) * ROW;
            double x = LEFT + s.startNanos() / 1e6 * scale;
            double w = Math.max(1, (s.endNanos() - s.startNanos()) / 1e6 * scale);
            String fill = fill(s.task());
            sb.append(String.format(Locale.ROOT,
                    "  <rect class=\"task\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"#555\"><title>task %d on %s: %.1f to %.1f ms</title></rect>%n",
                    x, y, w, BAR, fill, s.task(), escape(s.worker()), s.startNanos() / 1e6, s.endNanos() / 1e6));
            sb.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x + w / 2, y + BAR / 2 + 4, s.task()));
        }
        int axisY = TOP + workers.size() * ROW + 4;
        sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, axisY, LEFT + PLOT_WIDTH, axisY));
        for (double ms = 0; ms * scale <= PLOT_WIDTH + 0.5; ms += step) {
            double x = LEFT + ms * scale;
            sb.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n", x, axisY, x, axisY + 5));
            sb.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n", x, axisY + 18, ms));
        }
        sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\">ms</text>%n", LEFT - 8, axisY + 18));
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** A light colour per task, as #rrggbb (plain hex: every SVG renderer knows it). */
    static String fill(int task) {
        int rgb = java.awt.Color.HSBtoRGB(((task * 47) % 360) / 360f, 0.4f, 0.97f) & 0xFFFFFF;
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** A tick spacing of 1, 2 or 5 times a power of ten that gives five to ten ticks. */
    static double niceStep(double span) {
        double raw = Math.max(span, 1e-3) / 8;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= raw) return m * power;
        }
        return 10 * power;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static void main(String[] args) throws IOException {
        var out = Path.of(args.length > 0 ? args[0] : "target/timeline.svg");
        var spans = recordRun(WORKERS, TASK_MILLIS);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, svg(spans));
        for (var s : spans) {
            System.out.printf(Locale.ROOT, "task %2d on %s: %6.1f to %6.1f ms%n", s.task(), s.worker(), s.startNanos() / 1e6, s.endNanos() / 1e6);
        }
        System.out.println("written to " + out);
    }
}
