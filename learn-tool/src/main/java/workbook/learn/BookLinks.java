package workbook.learn;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' messages point at a section of the rendered book (docs/target/generated-docs/&lt;chapter&gt;.html#&lt;section&gt;).
 * Until the book is built (./mvnw -pl docs -am package) that page does not exist: then the link is shown as the
 * chapter's source at the section's line (chapters/&lt;chapter&gt;/chapter.adoc:36), which any editor opens.
 */
final class BookLinks {

    static final Pattern LINK = Pattern.compile("docs/target/generated-docs/([A-Za-z0-9._-]+)\\.html#([A-Za-z0-9_-]+)");

    private final Path root;

    private BookLinks(Path root) {
        this.root = root;
    }

    static BookLinks of(Workbook workbook) {
        return new BookLinks(workbook.root());
    }

    /** Prints the verdict with its links pointing at what exists. */
    void print(Verdict v, PrintStream out, boolean verbose) {
        in(v).print(out, verbose);
    }

    Verdict in(Verdict v) {
        var failures = v.failures().stream().map(f -> new Verdict.Failure(f.test(), in(f.message()), f.trace())).toList();
        return new Verdict(v.exercise(), v.status(), v.tests(), failures, v.passing(), v.compileErrors(), v.output(), v.took());
    }

    /** The text with each link to a page not rendered yet replaced by the chapter source's file and line. */
    String in(String text) {
        var m = LINK.matcher(text);
        var result = new StringBuilder();
        while (m.find()) m.appendReplacement(result, Matcher.quoteReplacement(target(m.group(), m.group(1), m.group(2))));
        m.appendTail(result);
        return result.toString();
    }

    /** An exercise's hint, indented, then where to read its section (when that exists). */
    void printHint(Catalog.Exercise ex, PrintStream out) {
        out.println(Verdict.indent(ex.hint(), "  "));
        section(ex.chapter(), ex.section()).ifPresent(where -> out.println("  Read: " + where));
    }

    /** Where to read a section: its rendered page, else the chapter's source at its line; empty when neither exists. */
    java.util.Optional<String> section(String chapter, String section) {
        var link = "docs/target/generated-docs/" + chapter + ".html#" + section;
        var target = target(link, chapter, section);
        return target.equals(link) && !Files.isRegularFile(root.resolve(link.substring(0, link.indexOf('#'))))
                ? java.util.Optional.empty() : java.util.Optional.of(target);
    }

    private String target(String link, String chapter, String section) {
        if (Files.isRegularFile(root.resolve(link.substring(0, link.indexOf('#'))))) return link;
        var source = "chapters/" + chapter + "/chapter.adoc";
        var file = root.resolve(source);
        if (!Files.isRegularFile(file)) return link;
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                if (line.startsWith("[#" + section + "]") || line.startsWith("[#" + section + ".") || line.startsWith("[#" + section + ",")
                        || line.equals("[[" + section + "]]") || line.startsWith("[[" + section + ",")) {
                    return source + ":" + (i + 1);
                }
            }
        } catch (IOException e) {
            // the source's name is still right
        }
        return source + "#" + section;
    }
}
