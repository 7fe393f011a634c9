import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book's table of contents, made from the one list of chapters: the {@code <module>} lines of chapters/pom.xml
 * (a folder NN-slug with a chapter.adoc). Run by the docs build before rendering:
 * <pre>  java Contents.java &lt;project root&gt; &lt;pages source folder&gt; &lt;output folder&gt;</pre>
 * It copies the pages source folder (index.adoc, docinfo, css) to the output folder and writes there:
 * <ul>
 *   <li>one page per chapter, NN-slug.adoc, with the links to the previous and next chapter at its top and bottom, and
 *       the list of every chapter for its sidebar;</li>
 *   <li>_chapters.adoc, the numbered list that index.adoc includes (title and the chapter's "// summary:" line);</li>
 *   <li>_book-chapters.adoc, the chapters of the PDF book, in order;</li>
 *   <li>_links.adoc and _book-links.adoc, the attributes by which a chapter links to another chapter or to a section
 *       in it, on the chapter pages and in the PDF book: {@code xref:{ch-2}[chapter 2]},
 *       {@code xref:{in-ch-2}println-is-serialised[println is serialised]}.</li>
 * </ul>
 * It fails, saying what to add, when a chapter has no title or summary, or is not a dependency of docs/pom.xml
 * (Maven needs that to build the chapter, and run its examples, before the book).
 */
public final class Contents {

    record Chapter(int number, String module, String title, String summary) {
        String page() { return module + ".html"; }
        String label() { return number + ". " + title; }
    }

    private static final Pattern MODULE = Pattern.compile("<module>(\\d\\d)-([a-z0-9-]+)</module>");

    public static void main(String[] args) throws IOException {
        var root = Path.of(args[0]);
        var pages = Path.of(args[1]);
        var out = Path.of(args[2]);
        var chapters = chapters(root);
        var problems = new ArrayList<String>();
        var docsPom = Files.readString(root.resolve("docs/pom.xml"));
        for (var c : chapters) {
            if (!docsPom.contains("<artifactId>ch" + c.module() + "</artifactId>")) {
                problems.add("docs/pom.xml does not depend on chapter " + c.module() + ": add to its <dependencies>\n    "
                        + "<dependency><groupId>workbook</groupId><artifactId>ch" + c.module()
                        + "</artifactId><version>${project.version}</version><scope>provided</scope></dependency>");
            }
            if (c.title() == null) problems.add("chapters/" + c.module() + "/chapter.adoc has no title line: = {chapter-prefix}Title");
            if (c.summary() == null) {
                problems.add("chapters/" + c.module() + "/chapter.adoc has no summary for the contents: add a line\n    "
                        + "// summary: what the chapter covers, in one sentence");
            }
        }
        if (!problems.isEmpty()) {
            System.err.println("The book's contents cannot be made:\n  " + String.join("\n  ", problems));
            System.exit(1);
        }
        copy(pages, out);
        for (int i = 0; i < chapters.size(); i++) {
            var previous = i > 0 ? chapters.get(i - 1) : null;
            var next = i + 1 < chapters.size() ? chapters.get(i + 1) : null;
            Files.writeString(out.resolve(chapters.get(i).module() + ".adoc"),
                    page(chapters.get(i), previous, next, sidebar(chapters, chapters.get(i))));
        }
        Files.writeString(out.resolve("_chapters.adoc"), list(chapters));
        Files.writeString(out.resolve("_book-chapters.adoc"), book(chapters));
        Files.writeString(out.resolve("_links.adoc"), links(chapters, false));
        Files.writeString(out.resolve("_sidebar.adoc"), "// Made by docs/src/build/Contents.java: the sidebar of a page that is not a chapter.\n"
                + ":nav-chapters: pass:[" + sidebar(chapters, null) + "]\n");
        Files.writeString(out.resolve("_book-links.adoc"), links(chapters, true));
        System.out.println("Contents: " + chapters.size() + " chapters, from chapters/pom.xml");
    }

    static List<Chapter> chapters(Path root) throws IOException {
        var list = new ArrayList<Chapter>();
        var matcher = MODULE.matcher(Files.readString(root.resolve("chapters/pom.xml")));
        while (matcher.find()) {
            var module = matcher.group(1) + "-" + matcher.group(2);
            var adoc = root.resolve("chapters").resolve(module).resolve("chapter.adoc");
            String title = null;
            String summary = null;
            for (var line : Files.readAllLines(adoc)) {
                if (title == null && line.startsWith("= ")) title = line.substring(2).replace("{chapter-prefix}", "").strip();
                if (summary == null && line.startsWith("// summary:")) summary = line.substring("// summary:".length()).strip();
            }
            list.add(new Chapter(Integer.parseInt(matcher.group(1)), module, title, summary));
        }
        return list;
    }

    /** A chapter's page: the chapter, with the way to the contents and its neighbours above and below it. */
    /** Every chapter, the current one marked: the page's script puts it at the top of the sidebar. */
    static String sidebar(List<Chapter> chapters, Chapter current) {
        var html = new StringBuilder("<p class=\"book-title\"><a href=\"index.html\">Java pools workbook</a></p><ol>");
        for (var c : chapters) {
            html.append(c == current ? "<li class=\"current\">" : "<li>").append("<a href=\"").append(c.page()).append("\">")
                    .append(c.title()).append("</a></li>");
        }
        return html.append("</ol>").toString();
    }

    static String page(Chapter c, Chapter previous, Chapter next, String sidebar) {
        var html = new StringBuilder("<a href=\"index.html\">Contents</a>");
        var adoc = new StringBuilder("link:index.html[Contents]");
        if (previous != null) {
            html.append(" | Previous: <a href=\"").append(previous.page()).append("\">").append(previous.label()).append("</a>");
            adoc.append(" | Previous: link:").append(previous.page()).append('[').append(previous.label()).append(']');
        }
        if (next != null) {
            html.append(" | Next: <a href=\"").append(next.page()).append("\">").append(next.label()).append("</a>");
            adoc.append(" | Next: link:").append(next.page()).append('[').append(next.label()).append(']');
        }
        return "// Made by docs/src/build/Contents.java from chapters/pom.xml: edit that list, not this file.\n"
                + ":nav-html: pass:[" + html + "]\n" // pass: an attribute's value is HTML-escaped otherwise
                + ":nav-chapters: pass:[" + sidebar + "]\n"
                + "include::_links.adoc[]\n"
                + "include::{chapters-dir}/" + c.module() + "/chapter.adoc[]\n\n"
                + "'''\n[.nav]\n" + adoc + "\n";
    }

    static String list(List<Chapter> chapters) {
        var s = new StringBuilder("// Made by docs/src/build/Contents.java from chapters/pom.xml.\n");
        for (var c : chapters) s.append(". link:").append(c.page()).append('[').append(c.title()).append("]: ").append(c.summary()).append('\n');
        return s.toString();
    }

    static String book(List<Chapter> chapters) {
        var s = new StringBuilder("// Made by docs/src/build/Contents.java from chapters/pom.xml.\n");
        s.append("include::_book-links.adoc[]\n\n");
        for (var c : chapters) {
            s.append("[#").append(anchor(c)).append("]\n"); // the target of xref:{ch-N}[...] in the book
            s.append("include::{chapters-dir}/").append(c.module()).append("/chapter.adoc[leveloffset=+1]\n\n");
        }
        return s.toString();
    }

    /**
     * How a chapter's text links to chapter N ({ch-N}) or to a section in it ({in-ch-N} followed by the section's id):
     * to the chapter's page on the chapter pages, to the chapter's heading or the section's id in the PDF book.
     */
    static String links(List<Chapter> chapters, boolean book) {
        var s = new StringBuilder("// Made by docs/src/build/Contents.java from chapters/pom.xml.\n"
                + "// Link to a chapter: xref:{ch-2}[chapter 2]; to a section in it: xref:{in-ch-2}section-id[its title].\n");
        for (var c : chapters) {
            s.append(":ch-").append(c.number()).append(": ").append(book ? anchor(c) : c.module() + ".adoc").append('\n');
            s.append(":in-ch-").append(c.number()).append(":").append(book ? "" : " " + c.module() + ".adoc#").append('\n');
        }
        return s.toString();
    }

    private static String anchor(Chapter c) {
        return "chapter-" + c.number();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    var target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(target);
                    else Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
