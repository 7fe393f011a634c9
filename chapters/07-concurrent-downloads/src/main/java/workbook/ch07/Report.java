package workbook.ch07;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The CSV report, written once every page has an outcome. */
public final class Report {

    public static final String HEADER = "page,result,status,name or reason,price,attempts";

    private Report() {}

    // tag::write[]
    /** Writes the header, then one line per page in page order. Call it with every outcome, after downloading. */
    public static void write(List<Outcome> outcomes, PrintStream csv) {
        lines(outcomes).forEach(csv::println);
    }

    /** The lines {@link #write} writes: the header, then one line per page in page order. */
    public static List<String> lines(List<Outcome> outcomes) {
        return Stream.concat(Stream.of(HEADER), outcomes.stream()
                .sorted(Comparator.comparingInt(Outcome::page))
                .map(Outcome::csvLine)).toList();
    }

    /** E.g. {@code "200 pages: 197 downloaded, 3 failed (pages 17, 99, 123)"}. */
    public static String summary(List<Outcome> outcomes) {
        var failed = outcomes.stream().filter(o -> o instanceof Outcome.Failed)
                .map(Outcome::page).sorted().map(String::valueOf).toList();
        int downloaded = outcomes.size() - failed.size();
        var line = outcomes.size() + " pages: " + downloaded + " downloaded, "
                + failed.size() + " failed";
        return failed.isEmpty() ? line : line + " (pages " + String.join(", ", failed) + ")";
    }
    // end::write[]

    /** A CSV field: quoted when it holds a comma, a quote or a line end (RFC 4180). */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
