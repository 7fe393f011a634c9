import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book's full-text search index, made from the rendered pages. Run by the docs build after rendering:
 * <pre>  java SearchIndex.java &lt;folder of the rendered pages&gt;</pre>
 * It writes search-index.js there: one entry per section (page, section id, heading, chapter title, text). It is
 * a script, not a JSON file, because a page opened from file:// may load a script but may not fetch a file; the
 * search box (docinfo-footer.html) loads it the first time the reader types.
 */
public final class SearchIndex {

    record Entry(String page, String id, String heading, String chapter, String text) {}

    private static final Pattern TITLE = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h([2-4]) id=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern NOT_TEXT = Pattern.compile(
            "<script\\b.*?</script>|<style\\b.*?</style>|<div class=\"nav\">.*?</div>|<div class=\"paragraph nav\">.*?</div>",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    public static void main(String[] args) throws IOException {
        var book = Path.of(args[0]);
        var entries = new ArrayList<Entry>();
        try (Stream<Path> files = Files.list(book)) {
            for (var page : files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
                entries.addAll(entries(page.getFileName().toString(), Files.readString(page)));
            }
        }
        if (entries.isEmpty()) {
            System.err.println("SearchIndex: no sections found in the pages of " + book + ": is the book rendered?");
            System.exit(1);
        }
        var js = new StringBuilder("// Made by docs/src/build/SearchIndex.java from the rendered pages.\nwindow.BOOK_SEARCH = [\n");
        for (var e : entries) {
            js.append('[').append(json(e.page())).append(',').append(json(e.id())).append(',').append(json(e.heading()))
                    .append(',').append(json(e.chapter())).append(',').append(json(e.text())).append("],\n");
        }
        js.append("];\n");
        Files.writeString(book.resolve("search-index.js"), js);
        System.out.println("SearchIndex: " + entries.size() + " sections of " + book.getFileName() + " in search-index.js");
    }

    /** The sections of one page: the text of #content cut at every h2, h3 and h4 that has an id. */
    static List<Entry> entries(String page, String html) {
        Matcher title = TITLE.matcher(html);
        String chapter = title.find() ? text(title.group(1)) : page;
        int start = html.indexOf("<div id=\"content\">");
        int end = html.indexOf("<div id=\"footer\">");
        if (start < 0) return List.of();
        String content = NOT_TEXT.matcher(html.substring(start, end > start ? end : html.length())).replaceAll(" ");
        var list = new ArrayList<Entry>();
        Matcher h = HEADING.matcher(content);
        String id = "";
        String heading = chapter;
        int from = 0;
        while (h.find()) {
            add(list, page, id, heading, chapter, content.substring(from, h.start()));
            id = h.group(2);
            heading = text(h.group(3));
            from = h.end();
        }
        add(list, page, id, heading, chapter, content.substring(from));
        return list;
    }

    private static void add(List<Entry> list, String page, String id, String heading, String chapter, String html) {
        String text = text(html);
        if (!text.isEmpty() || !id.isEmpty()) list.add(new Entry(page, id, heading, chapter, text));
    }

    static String text(String html) {
        String plain = TAG.matcher(html).replaceAll(" ");
        Matcher m = ENTITY.matcher(plain);
        var s = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String c = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> Character.toString(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            };
            m.appendReplacement(s, Matcher.quoteReplacement(c));
        }
        m.appendTail(s);
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    static String json(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c"); // never "</script>" inside a script
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
