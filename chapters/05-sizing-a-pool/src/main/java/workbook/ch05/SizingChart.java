package workbook.ch05;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the measured and predicted speed-ups of results/sizing-benchmark.csv as an SVG line chart: pool size
 * along the bottom (evenly spaced), speed-up over one thread up the side, on a logarithmic scale. The build draws the book's copy
 * from the committed results; after measuring your own machine, draw yours with
 *
 * <pre>./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=sizing-chart    (writes target/sizing-chart.svg)</pre>
 */
public final class SizingChart {

    private SizingChart() {}

    /** One point of a series. */
    record Point(int threads, double speedUp, double predicted) {}

    /** The CSV: settings from the "# key=value" lines, and the points of each workload in file order. */
    record Results(Map<String, String> settings, Map<String, List<Point>> series) {
        List<Point> of(String workload) {
            return series.getOrDefault(workload, List.of());
        }
    }

    static Results parse(List<String> lines) {
        var settings = new HashMap<String, String>();
        var series = new HashMap<String, List<Point>>();
        for (var line : lines) {
            if (line.isBlank() || line.startsWith("workload,")) continue;
            if (line.startsWith("#")) {
                int eq = line.indexOf('=');
                if (eq > 0) settings.put(line.substring(1, eq).strip(), line.substring(eq + 1).strip());
                continue;
            }
            var f = line.split(",");
            if (f.length != 5) throw new IllegalArgumentException("expected 5 comma-separated fields, got: " + line);
            series.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new Point(Integer.parseInt(f[1]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        if (series.isEmpty()) throw new IllegalArgumentException("no measurements in the file");
        return new Results(settings, series);
    }

    private static final int LEFT = 60, TOP = 40, WIDTH = 560, HEIGHT = 300, BOTTOM = 90;
    private static final String CPU_COLOUR = "#1f6fb4", WAITING_COLOUR = "#d9711c";

    static String svg(Results results) {
        var cpu = results.of("cpu");
        var waiting = results.of("waiting");
        var sizes = (waiting.size() >= cpu.size() ? waiting : cpu).stream().map(Point::threads).toList();
        // A logarithmic speed-up axis in powers of two: ideal scaling is a straight line, and the small
        // CPU-bound speed-ups stay as readable as the large waiting ones.
        double top = 2, bottom = 1;
        for (var p : concat(cpu, waiting)) {
            top = Math.max(top, Math.max(p.speedUp(), p.predicted()));
            bottom = Math.min(bottom, Math.min(p.speedUp(), p.predicted()));
        }
        double yMax = Math.pow(2, Math.ceil(log2(top)));
        double yMin = Math.pow(2, Math.floor(log2(Math.max(bottom, 1.0 / 16))));
        int w = LEFT + WIDTH + 60, h = TOP + HEIGHT + BOTTOM;

        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                w, h, w, h));
        sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"20\" font-weight=\"bold\">Speed-up over one thread (log scale), %s tasks, %s cores</text>%n",
                LEFT, SizingBenchmark.TASKS, escape(results.settings().getOrDefault("cores", "?"))));
        // Axes, grid and labels.
        for (double v = yMin; v <= yMax * 1.0001; v *= 2) {
            double y = y(v, yMin, yMax);
            sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + WIDTH, y));
            sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s x</text>%n", LEFT - 6, y + 4,
                    v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v)));
        }
        for (int i = 0; i < sizes.size(); i++) {
            double x = x(i, sizes.size());
            sb.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, TOP + HEIGHT + 18, sizes.get(i)));
        }
        sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">threads in the pool</text>%n",
                LEFT + WIDTH / 2, TOP + HEIGHT + 36));
        sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, TOP + HEIGHT, LEFT + WIDTH, TOP + HEIGHT));
        sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, TOP, LEFT, TOP + HEIGHT));
        // The four series: measured lines are solid with dots, predictions dashed.
        series(sb, "cpu-predicted", predicted(cpu), sizes, yMin, yMax, CPU_COLOUR, true);
        series(sb, "waiting-predicted", predicted(waiting), sizes, yMin, yMax, WAITING_COLOUR, true);
        series(sb, "cpu-measured", measured(cpu), sizes, yMin, yMax, CPU_COLOUR, false);
        series(sb, "waiting-measured", measured(waiting), sizes, yMin, yMax, WAITING_COLOUR, false);
        // Legend.
        int ly = TOP + HEIGHT + 58;
        legend(sb, LEFT, ly, CPU_COLOUR, false, "CPU-bound, measured");
        legend(sb, LEFT + 250, ly, CPU_COLOUR, true, "CPU-bound, predicted: min(threads, N)");
        legend(sb, LEFT, ly + 20, WAITING_COLOUR, false, "waiting, measured");
        legend(sb, LEFT + 250, ly + 20, WAITING_COLOUR, true, "waiting, predicted: min(threads, N(1 + W/C))");
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static List<double[]> measured(List<Point> points) {
        return points.stream().map(p -> new double[] {p.threads(), p.speedUp()}).toList();
    }

    private static List<double[]> predicted(List<Point> points) {
        return points.stream().map(p -> new double[] {p.threads(), p.predicted()}).toList();
    }

    private static void series(StringBuilder sb, String name, List<double[]> points, List<Integer> sizes, double yMin, double yMax,
                               String colour, boolean dashed) {
        var path = new StringBuilder();
        for (var p : points) {
            int i = sizes.indexOf((int) p[0]);
            if (i < 0) continue;
            path.append(path.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x(i, sizes.size()), y(p[1], yMin, yMax)));
        }
        sb.append(String.format(Locale.ROOT, "  <polyline class=\"%s\" points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                name, path, colour, dashed ? " stroke-dasharray=\"6 4\"" : ""));
        if (dashed) return;
        for (var p : points) {
            int i = sizes.indexOf((int) p[0]);
            if (i < 0) continue;
            sb.append(String.format(Locale.ROOT,
                    "  <circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%d %s: %.2f x</title></circle>%n",
                    name, x(i, sizes.size()), y(p[1], yMin, yMax), colour, (int) p[0], (int) p[0] == 1 ? "thread" : "threads", p[1]));
        }
    }

    private static void legend(StringBuilder sb, int x, int y, String colour, boolean dashed, String text) {
        sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                x, y - 4, x + 28, y - 4, colour, dashed ? " stroke-dasharray=\"6 4\"" : ""));
        sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%s</text>%n", x + 36, y, escape(text)));
    }

    private static double x(int index, int count) {
        return LEFT + (index + 0.5) * WIDTH / count;
    }

    private static double y(double value, double yMin, double yMax) {
        double clamped = Math.max(value, yMin);
        return TOP + HEIGHT - (log2(clamped) - log2(yMin)) / (log2(yMax) - log2(yMin)) * HEIGHT;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static List<Point> concat(List<Point> a, List<Point> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: SizingChart <results.csv> <chart.svg>");
        var results = parse(Files.readAllLines(Path.of(args[0])));
        var out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, svg(results));
        System.out.println("drew " + results.of("cpu").size() + " CPU-bound and " + results.of("waiting").size()
                + " waiting measurements from " + Path.of(args[0]).getFileName() + " into " + out.getFileName());
    }
}
