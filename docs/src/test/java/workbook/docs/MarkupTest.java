package workbook.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * No AsciiDoc markup is left unconverted in the rendered pages. A code span that Asciidoctor did not close
 * (`Callable`s, `x`'s) renders its backticks literally and swallows the text up to the next backtick, without
 * a warning; so do unmatched ** and __, a {attribute} that was escaped or defined too late, a
 * <<cross-reference>> with a typo in its brackets, or a macro (link:, xref:, include::) that did not parse.
 * Listings (pre) are left out: there such characters are code.
 */
class MarkupTest {

    private static final List<Pattern> LEFT_OVER_MARKUP = List.of(
            Pattern.compile("`"),
            Pattern.compile("\\*\\*"),
            Pattern.compile("(?<![\\w.])__|__(?![\\w.])"),
            Pattern.compile("\\{[A-Za-z0-9_][A-Za-z0-9_-]*}"),
            Pattern.compile("<<|>>"),
            Pattern.compile("\\b(?:link|xref|image|include|kbd|btn|pass|footnote|ifdef|ifndef|endif)::?[^\\s\\[]*\\["));

    @Test
    void noMarkupIsLeftInTheText() {
        List<String> problems = new ArrayList<>();
        for (var page : RenderedBook.fromBuild().pages()) {
            Element body = page.html().body().clone();
            body.select("pre, script, style").remove();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode text) {
                    for (Pattern p : LEFT_OVER_MARKUP) {
                        Matcher m = p.matcher(text.getWholeText());
                        while (m.find()) {
                            problems.add(page.name() + " " + where(node.parent()) + ": " + m.group()
                                    + " in \"" + around(text.getWholeText(), m.start()) + "\"");
                        }
                    }
                }
            }, body);
        }
        assertTrue(problems.isEmpty(), () -> "AsciiDoc markup left in the rendered text (fix the .adoc; for a code "
                + "span followed by a letter or an apostrophe, as in ``Callable``s, use the unconstrained form):\n"
                + String.join("\n", problems));
    }

    private static final Pattern CHAPTER_MENTION = Pattern.compile("(?i)\\bchapters? \\d+");

    /**
     * Every mention of another chapter ("as in chapter 2") is a link, so that a reader can follow it. The chapters
     * write it with the attributes that docs/src/build/Contents.java generates from the chapter list:
     * {@code xref:{ch-2}[chapter 2]}, or for a section {@code xref:{in-ch-2}section-id[chapter 2, "Its title"]}.
     */
    @Test
    void everyMentionOfAChapterIsALink() {
        List<String> problems = new ArrayList<>();
        for (var page : RenderedBook.fromBuild().pages()) {
            Element content = page.html().getElementById("content");
            if (content == null) continue;
            Element body = content.clone();
            body.select("pre, script, style, a, .nav").remove();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode text) {
                    Matcher m = CHAPTER_MENTION.matcher(text.getWholeText());
                    while (m.find()) {
                        problems.add(page.name() + " " + where(node.parent()) + ": \"" + around(text.getWholeText(), m.start()) + "\"");
                    }
                }
            }, body);
        }
        assertTrue(problems.isEmpty(), () -> "Mentions of a chapter that are not links (write xref:{ch-2}[chapter 2], "
                + "or xref:{in-ch-2}section-id[chapter 2, \"Section title\"] for a section):\n" + String.join("\n", problems));
    }

    /** The id of the section the node is in, so that the problem is easy to find in the chapter's source. */
    private static String where(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n instanceof Element e && (e.hasClass("sect2") || e.hasClass("sect1"))) {
                Element heading = e.selectFirst("h2, h3");
                if (heading != null) {
                    return "section \"" + heading.text() + "\" (#" + heading.id() + ")";
                }
            }
        }
        return "(before the first section)";
    }

    private static String around(String text, int at) {
        String s = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
        return s.replaceAll("\\s+", " ").strip();
    }
}
