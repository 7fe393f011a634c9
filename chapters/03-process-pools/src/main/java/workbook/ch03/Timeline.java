package workbook.ch03;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws what a real run of the pool did as an SVG picture: one row per worker, a grey bar for the worker
 * JVM's start-up, then one bar per task (from the moment the pool sent it to the moment the reply arrived).
 *
 * <pre>./mvnw -q -pl chapters/03-process-pools exec:exec -Dexample=timeline -Dargs="40 1000 4"   (40 tasks x 1000 lines, 4 workers)</pre>
 * writes target/timeline.svg.
 */
public final class Timeline {

    private static final int ROW = 22;
    private static final int LEFT = 90;
    private static final int WIDTH = 760;

    private Timeline() {}

    /** The picture of one run; {@code t0} is when the pool was created (the pool's nanoTime). */
    static String svg(List<ProcessPool.WorkerStart> starts, List<TaskResult> results, long t0, String title) {
        long end = results.stream().mapToLong(TaskResult::repliedNanos).max().orElse(t0 + 1);
        for (var s : starts) end = Math.max(end, s.readyNanos());
        int rows = (int) starts.stream().mapToInt(ProcessPool.WorkerStart::slot).distinct().count();
        double ms = (end - t0) / 1e6;
        double scale = WIDTH / ms;
        int height = 50 + rows * ROW + 30;
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", LEFT + WIDTH + 20, height, LEFT + WIDTH + 20, height));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\">%s</text>%n", LEFT, escape(title)));
        for (int r = 0; r < rows; r++) {
            sb.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">worker %d</text>%n", 40 + r * ROW + 15, r));
        }
        for (var s : starts) {
            bar(sb, s.slot(), s.startedNanos() - t0, s.readyNanos() - t0, scale, "#bbbbbb",
                    String.format(Locale.ROOT, "JVM start-up of pid %d: %.0f ms", s.pid(), (s.readyNanos() - s.startedNanos()) / 1e6));
        }
        for (var r : results) {
            bar(sb, r.worker(), r.sentNanos() - t0, r.repliedNanos() - t0, scale, r.taskId() % 2 == 0 ? "#4878a8" : "#7aa6d6",
                    String.format(Locale.ROOT, "task %d on pid %d: %.1f ms", r.taskId(), r.workerPid(), (r.repliedNanos() - r.sentNanos()) / 1e6));
        }
        int axisY = 40 + rows * ROW + 8;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, axisY, LEFT + WIDTH, axisY));
        double step = niceStep(ms);
        for (double t = 0; t <= ms + 1e-9; t += step) {
            double x = LEFT + t * scale;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", x, axisY, x, axisY + 4));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f ms</text>%n", x, axisY + 16, t));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void bar(StringBuilder sb, int row, long fromNanos, long toNanos, double scale, String color, String tip) {
        double x = LEFT + fromNanos / 1e6 * scale;
        double w = Math.max(1, (toNanos - fromNanos) / 1e6 * scale);
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"white\" stroke-width=\"0.5\"><title>%s</title></rect>%n",
                x, 40 + row * ROW + 3, w, ROW - 6, color, escape(tip)));
    }

    private static double niceStep(double totalMs) {
        double raw = totalMs / 8;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // tag::record[]
    static String recordRun(int workers, int tasks, int lines, PrintStream log) throws Exception {
        long t0 = System.nanoTime();
        var results = new ArrayList<TaskResult>();
        List<ProcessPool.WorkerStart> starts;
        try (var pool = new ProcessPool(workers, List.of(PrintLines.class))) {
            var futures = new ArrayList<TaskFuture>();
            for (int i = 0; i < tasks; i++) futures.add(pool.submit(PrintLines.class, "task" + i + " " + lines));
            for (var f : futures) results.add(f.get());
            starts = pool.workerStarts();
        }
        // end::record[]
        double startup = starts.stream().mapToLong(s -> s.readyNanos() - s.startedNanos()).average().orElse(0) / 1e6;
        double busy = results.stream().mapToLong(r -> r.repliedNanos() - r.sentNanos()).sum() / 1e6;
        long last = results.stream().mapToLong(TaskResult::repliedNanos).max().orElse(t0);
        log.printf(Locale.ROOT, "%d workers, %d tasks of %d lines%n"
                        + "workers ready: the first after %.0f ms, all after %.0f ms (start-up %.0f ms each on average)%n"
                        + "all tasks done after %.0f ms; tasks kept the workers busy for %.0f ms in total%n",
                workers, tasks, lines,
                (starts.stream().mapToLong(ProcessPool.WorkerStart::readyNanos).min().orElse(t0) - t0) / 1e6,
                (starts.stream().mapToLong(ProcessPool.WorkerStart::readyNanos).max().orElse(t0) - t0) / 1e6,
                startup, (last - t0) / 1e6, busy);
        return svg(starts, results, t0, String.format(Locale.ROOT, "%d workers, %d tasks of %d lines (a real run; grey: JVM start-up)",
                workers, tasks, lines));
    }

    public static void main(String[] args) throws Exception {
        var out = Path.of(args.length > 0 ? args[0] : "target/timeline.svg");
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 40; // the seed's order: tasks, lines, workers
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String svg = recordRun(workers, tasks, lines, System.out);
        System.out.println("Ran on " + workbook.bench.Machine.description());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, svg);
    }
}
