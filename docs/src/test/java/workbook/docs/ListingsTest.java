package workbook.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Listings that a reader can place and read without wrapping. */
class ListingsTest {

    /**
     * The longest listing line, in characters, a callout counting as its "(1)". At 1280 px with the sidebar,
     * a listing shows 110 characters of the book's monospace font (M+ 1mn, 8 px a character in a 883 px box;
     * measured in headless Chromium), 107 in a listing nested in a list. 100 leaves room for a callout badge
     * (about 2.5 characters wide) and for a run's output that comes out a few characters longer next time.
     */
    static final int MAX_COLUMNS = 100;

    /** Lines known to be longer, one per line as "page<TAB>start of the line" (see start()); see the file. */
    private static final String KNOWN_LONG_LINES = "/listing-lines-too-long.txt";

    @Test
    void everyJavaListingIsTitledWithItsFile() {
        List<String> untitled = new ArrayList<>();
        for (var page : RenderedBook.fromBuild().pages()) {
            for (Element listing : page.html().select(".listingblock:has(code[data-lang=java])")) {
                Element title = listing.selectFirst("> .title");
                if (title == null || !title.text().matches(".*\\b\\w+\\.java\\b.*")) {
                    untitled.add(page.name() + ": listing starting \"" + firstLine(listing) + "\"");
                }
            }
        }
        assertTrue(untitled.isEmpty(), () -> "give each Java listing a block title naming its file, e.g. "
                + ".JoinEveryThread.java above [source,java]:\n" + String.join("\n", untitled));
    }

    @Test
    void noListingLineIsWiderThanThePage() throws IOException {
        Set<String> known = knownLongLines();
        List<String> tooLong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (var page : RenderedBook.fromBuild().pages()) {
            for (Element pre : page.html().select(".listingblock pre, .literalblock pre")) {
                for (String line : text(pre).split("\n", -1)) {
                    if (line.codePointCount(0, line.length()) > MAX_COLUMNS) {
                        String key = page.name() + "\t" + start(line);
                        if (known.contains(key)) {
                            seen.add(key);
                        } else {
                            tooLong.add(page.name() + " (" + line.length() + " characters): " + line.strip());
                        }
                    }
                }
            }
        }
        known.removeAll(seen);
        if (!known.isEmpty()) {
            System.out.println("Listing lines no longer too long (remove them from " + KNOWN_LONG_LINES + "):\n"
                    + String.join("\n", known));
        }
        System.out.println(seen.size() + " known listing lines are longer than " + MAX_COLUMNS + " characters");
        assertTrue(tooLong.isEmpty(), () -> "listing lines longer than " + MAX_COLUMNS + " characters wrap at "
                + "1280 px: break the line in the source (or its output):\n" + String.join("\n", tooLong));
    }

    /** The text the reader sees: a callout badge counts as its hidden "(1)". */
    private static String text(Element pre) {
        Element copy = pre.clone();
        copy.select("i.conum").remove();
        return copy.wholeText();
    }

    private static String firstLine(Element listing) {
        Element pre = listing.selectFirst("pre");
        return pre == null ? "" : text(pre).strip().lines().findFirst().orElse("");
    }

    /**
     * How a long line is named in the list: its first 60 characters, spaces at its start left out, after
     * a UUID became {@code <uuid>} and every number {@code #} (so that the output of a run, with its ports,
     * ids and times, keeps its name from one run to the next).
     */
    static String start(String line) {
        String s = UUID.matcher(line.strip()).replaceAll("<uuid>").replaceAll("\\d+", "#");
        return s.substring(0, Math.min(60, s.length()));
    }

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static Set<String> knownLongLines() throws IOException {
        try (InputStream in = ListingsTest.class.getResourceAsStream(KNOWN_LONG_LINES)) {
            if (in == null) {
                return new TreeSet<>();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
