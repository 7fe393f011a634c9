package workbook.learn;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import workbook.learn.Catalog.Exercise;

/**
 * The outcome of checking one exercise, and how it is shown: the verdict, then for each failing test its
 * name and the teaching message of its assertion (tests failing with the same message are grouped). The
 * messages are whole, as the tests made them (the solutions module's proof looks for its expected text in them).
 *
 * @param passing the names of the tests that ran and passed (the proof: none may pass on an untouched stub)
 */
public record Verdict(Exercise exercise, Status status, int tests, List<Failure> failures, List<String> passing,
                      List<String> compileErrors, String output, Duration took) {

    public enum Status {
        DONE("PASSED"), FAILING("FAILING"), NOT_STARTED("NOT STARTED"), DOES_NOT_COMPILE("DOES NOT COMPILE");

        /** The word the verdict line starts with. */
        public final String word;

        Status(String word) {
            this.word = word;
        }
    }

    /** One failing test: its display name, its message, and the stack trace for --verbose (may be empty). */
    public record Failure(String test, String message, String trace) {}

    public Verdict {
        failures = List.copyOf(failures);
        passing = List.copyOf(passing);
        compileErrors = List.copyOf(compileErrors);
    }

    public boolean passed() {
        return status == Status.DONE;
    }

    /** The first line: "PASSED join-every-thread: 4 of 4 tests pass (0.6 s)". */
    public String headline() {
        var what = switch (status) {
            case DONE -> tests + " of " + tests + " tests pass";
            case NOT_STARTED -> tests == 0 ? "your stub is as it was" : failures.size() + " of " + tests + " tests fail";
            case FAILING -> failures.size() + " of " + tests + " tests fail";
            case DOES_NOT_COMPILE -> compileErrors.size() + " compile error" + (compileErrors.size() == 1 ? "" : "s");
        };
        return status.word + " " + exercise.name() + ": " + what + String.format(" (%.1f s)", took.toMillis() / 1000.0);
    }

    public void print(PrintStream out, boolean verbose) {
        out.println(headline());
        int shown = verbose ? compileErrors.size() : Math.min(compileErrors.size(), Checker.ERRORS_SHOWN);
        for (var error : compileErrors.subList(0, shown)) out.println(indent(error, "  "));
        if (shown < compileErrors.size()) {
            out.println("  ... and " + (compileErrors.size() - shown) + " more (--verbose shows them all; the first one often causes the others)");
        }
        var byMessage = new LinkedHashMap<String, List<Failure>>();
        for (var f : failures) byMessage.computeIfAbsent(f.message(), m -> new ArrayList<>()).add(f);
        for (var group : byMessage.entrySet()) {
            for (var f : group.getValue()) out.println("  x " + f.test());
            out.println(indent(group.getKey(), "      "));
            if (verbose) {
                for (var f : group.getValue()) {
                    if (!f.trace().isBlank()) out.println(f.trace().stripTrailing());
                }
            }
        }
        if (output.isBlank()) return;
        if (verbose) {
            out.println("  what your code printed (at most the first and the last " + BoundedLines.KEPT + " lines):");
            out.println(indent(output.stripTrailing(), "  | "));
        } else {
            out.println("  (your code printed something: --verbose shows it)");
        }
    }

    static String indent(String text, String prefix) {
        return prefix + text.strip().replace("\n", "\n" + prefix);
    }
}
