import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The seed's workload run by each version of the book, for the "seed at a glance" page.
 * <pre>
 *   java SeedAtAGlance.java measure &lt;class path of the chapters&gt; &lt;runs&gt; &lt;results file&gt; [&lt;python script&gt;]
 *   java SeedAtAGlance.java chart &lt;results file&gt; &lt;output folder&gt;
 * </pre>
 * measure: starts every version as a program of its own, as a reader would from a shell (java -cp ... Main 100 1000
 * ...), reads its output through a pipe, checks that it printed 100,001 lines ending with "123", and keeps the wall
 * time from start to exit; the median of the runs goes to the results file, with every sample, the machine, the load
 * and the command. The versions take turns, so that a change in the machine's load spreads over all of them. The
 * Python version is measured the same way when python3 is on the PATH, and left out (saying so) otherwise.
 * chart: draws seed-times.svg (a bar per version), _seed-times.adoc (the attributes the page uses: date, machine,
 * load, command) and _seed-times-table.adoc from the results file, so that the page shows that file's numbers and
 * no others.
 */
public final class SeedAtAGlance {

    record Version(String name, List<String> command, int expectedLines) {}

    record Result(String name, long medianMillis, List<Long> samples) {}

    static final int TASKS = 100;
    static final int LINES = 1000;

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "measure" -> measure(args[1], Integer.parseInt(args[2]), Path.of(args[3]), args.length > 4 ? Path.of(args[4]) : null);
            case "chart" -> chart(Path.of(args[1]), Path.of(args[2]));
            default -> {
                System.err.println("usage: SeedAtAGlance measure <classpath> <runs> <results file> [<python script>]"
                        + " | chart <results file> <output folder>");
                System.exit(2);
            }
        }
    }

    static List<Version> versions(String classpath, Path python) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cores = String.valueOf(Runtime.getRuntime().availableProcessors());
        int all = TASKS * LINES + 1;
        var list = new ArrayList<Version>(List.of(
                new Version("threads by hand (ch. 1)", List.of(java, "-cp", classpath, "workbook.ch01.ThreadsByHand", "100", "1000"), all),
                new Version("thread pool of 50 (ch. 2)", List.of(java, "-cp", classpath, "workbook.ch02.SeedPool", "100", "1000", "50"), all),
                new Version("process pool, " + cores + " workers (ch. 3)",
                        List.of(java, "-cp", classpath, "workbook.ch03.SeedWithProcesses", "100", "1000", cores), all),
                new Version("process pool, 50 workers (ch. 3)",
                        List.of(java, "-cp", classpath, "workbook.ch03.SeedWithProcesses", "100", "1000", "50"), all),
                new Version("virtual threads (ch. 6)", List.of(java, "-cp", classpath, "workbook.ch06.SeedOnVirtualThreads", "100", "1000"), all)));
        if (python != null && onPath("python3")) {
            list.add(new Version("Python, thread pool of 50 (optional)", List.of("python3", python.toString(), "threads"), all));
            list.add(new Version("Python, process pool of 50 (optional)", List.of("python3", python.toString(), "processes"), all));
        }
        return list;
    }

    static void measure(String classpath, int runs, Path results, Path python) throws Exception {
        var versions = versions(classpath, python);
        var samples = new ArrayList<List<Long>>();
        for (int i = 0; i < versions.size(); i++) samples.add(new ArrayList<>());
        String loadBefore = load();
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < versions.size(); i++) {
                long ms = runOnce(versions.get(i));
                samples.get(i).add(ms);
                System.out.printf("  run %d: %s %d ms%n", run + 1, versions.get(i).name(), ms);
            }
        }
        var out = new StringBuilder();
        out.append("# The seed's workload (" + TASKS + " tasks of " + String.format(Locale.ROOT, "%,d", LINES)
                + " numbered lines, then \"123\"), each version a program of its own, its output read through a pipe\n");
        out.append("# made by: ./mvnw -q -pl docs -am package -DskipTests -Pseed-benchmark\n");
        out.append("# date: ").append(Instant.now()).append('\n');
        out.append("# machine: ").append(machine()).append('\n');
        out.append("# load (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(load()).append('\n');
        out.append("# runs: ").append(runs).append(", taking turns; the figure is the median wall time from start to exit\n");
        if (python == null || !onPath("python3")) out.append("# python3: not found, so they were not measured\n");
        for (int i = 0; i < versions.size(); i++) {
            var s = samples.get(i);
            out.append(versions.get(i).name()).append('\t').append(median(s)).append('\t').append(s).append('\n');
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, out);
        System.out.print(out);
    }

    static long runOnce(Version v) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(v.command()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long lines = 0;
        String last = null;
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines++;
                last = line;
            }
        } finally {
            p.getOutputStream().close();
        }
        int exit = p.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0 || lines != v.expectedLines() || !"123".equals(last)) {
            throw new IllegalStateException(v.name() + " (" + String.join(" ", v.command()) + ") exited with " + exit
                    + " after " + lines + " lines, the last \"" + last + "\"; expected " + v.expectedLines()
                    + " lines ending with 123");
        }
        return ms;
    }

    static void chart(Path results, Path out) throws IOException {
        var rows = new ArrayList<Result>();
        var header = new ArrayList<String>();
        for (String line : Files.readAllLines(results)) {
            if (line.startsWith("#")) {
                header.add(line.substring(1).strip());
            } else if (!line.isBlank()) {
                String[] f = line.split("\t");
                var s = Arrays.stream(f[2].replaceAll("[\\[\\]]", "").split(",")).map(String::strip).map(Long::valueOf).toList();
                rows.add(new Result(f[0], Long.parseLong(f[1]), s));
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("seed-times.svg"), svg(rows));
        var adoc = new StringBuilder("// Made by docs/src/build/SeedAtAGlance.java from " + results.getFileName() + ".\n"
                + ":seed-times-python: python3 was found, so they were measured\n");
        for (String h : header) {
            int colon = h.indexOf(": ");
            if (h.startsWith("made by: ")) adoc.append(":seed-times-command: ").append(h.substring(colon + 2)).append('\n');
            if (h.startsWith("date: ")) adoc.append(":seed-times-date: ").append(h.substring(colon + 2, colon + 12)).append('\n');
            if (h.startsWith("machine: ")) adoc.append(":seed-times-machine: ").append(h.substring(colon + 2)).append('\n');
            if (h.startsWith("load ")) adoc.append(":seed-times-load: ").append(h.substring(h.indexOf("before: "))).append('\n');
            if (h.startsWith("runs: ")) adoc.append(":seed-times-runs: ").append(h.substring(colon + 2)).append('\n');
            if (h.startsWith("python3: ")) adoc.append(":seed-times-python: ").append(h.substring(colon + 2)).append('\n');
        }
        Files.writeString(out.resolve("_seed-times.adoc"), adoc);
        var table = new StringBuilder("// Made by docs/src/build/SeedAtAGlance.java from " + results.getFileName() + ".\n"
                + "[%autowidth]\n|===\n|Version |Median (ms) |Every run (ms)\n\n");
        for (var r : rows) {
            table.append('|').append(r.name()).append(" |").append(r.medianMillis()).append(" |")
                    .append(r.samples().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")).append('\n');
        }
        Files.writeString(out.resolve("_seed-times-table.adoc"), table.append("|===\n"));
    }

    static String svg(List<Result> rows) {
        int labelWidth = 290, barWidth = 420, rowHeight = 28, top = 10;
        long max = rows.stream().mapToLong(Result::medianMillis).max().orElse(1);
        int height = top + rows.size() * rowHeight + 30;
        var s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 90)
                .append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            int y = top + i * rowHeight;
            long w = Math.max(2, r.medianMillis() * barWidth / max);
            String colour = r.name().startsWith("Python") ? "#b0b0b8" : "#3b73b9";
            s.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
                    .append(escape(r.name())).append("</text>\n");
            s.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"18\" fill=\"").append(colour).append("\"/>\n");
            s.append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 17).append("\">")
                    .append(String.format(Locale.ROOT, "%,d ms", r.medianMillis())).append("</text>\n");
        }
        s.append("<text x=\"").append(labelWidth).append("\" y=\"").append(height - 8)
                .append("\" fill=\"#555\">median wall time, start to exit, output through a pipe (shorter is faster)</text>\n");
        return s.append("</svg>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static long median(List<Long> samples) {
        var sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String load() {
        try {
            var f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", l);
        }
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: the CPU's name is left out
        }
        long mem = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + (mem >> 30) + " GiB RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java " + System.getProperty("java.version");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
