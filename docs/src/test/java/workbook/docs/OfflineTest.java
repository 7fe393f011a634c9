package workbook.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The book reads the same without a network: no page loads a stylesheet, script, font or image from the web,
 * and every local file that a page or its stylesheets load is there. Links a reader follows may be remote.
 */
class OfflineTest {

    private static final Pattern REMOTE = Pattern.compile("^\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** url(...) and @import "..." in CSS; group 1, 2 or 3 is the address. */
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]*)['\"]|@import\\s+url\\(\\s*['\"]?([^'\")]*)");
    /** Loading attributes inside an SVG image (a data: URI is an SVG file too). */
    private static final Pattern SVG_REFERENCE = Pattern.compile("(?:xlink:)?href\\s*=\\s*['\"]([^'\"]*)['\"]");

    private final RenderedBook book = RenderedBook.fromBuild();
    private final List<String> problems = new ArrayList<>();

    @Test
    void pagesLoadNothingFromTheWeb() {
        for (var page : book.pages()) {
            for (Element e : page.html().select("link[href]")) {
                checkAddress(page.name() + ": <link rel=" + e.attr("rel") + ">", e.attr("href"), page.file());
            }
            for (Element e : page.html().select("script[src], img[src], source[src], audio[src], video[src], iframe[src], embed[src]")) {
                checkAddress(page.name() + ": <" + e.tagName() + ">", e.attr("src"), page.file());
            }
            for (Element e : page.html().select("object[data]")) {
                checkAddress(page.name() + ": <object>", e.attr("data"), page.file());
            }
            for (Element e : page.html().select("svg image, svg use")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.attr("xlink:href");
                checkAddress(page.name() + ": <svg " + e.tagName() + ">", href, page.file());
            }
            for (Element e : page.html().select("style")) {
                checkCss(page.name() + ": <style>", e.data(), page.file());
            }
            for (Element e : page.html().select("[style]")) {
                checkCss(page.name() + ": style attribute of <" + e.tagName() + ">", e.attr("style"), page.file());
            }
        }
        assertTrue(problems.isEmpty(), () -> "the book must work offline: ship what it loads in generated-docs:\n"
                + String.join("\n", problems));
    }

    /** A remote address is a problem; a local one must name a file of the book; data: is checked inside. */
    private void checkAddress(String where, String address, Path from) {
        if (address.isBlank() || address.startsWith("#")) {
            return;
        }
        if (REMOTE.matcher(address).find()) {
            problems.add(where + " loads " + address);
        } else if (address.startsWith("data:")) {
            checkDataUri(where, address, from);
        } else {
            String path = URLDecoder.decode(address.replaceFirst("[?#].*$", ""), StandardCharsets.UTF_8);
            Path file = from.resolveSibling(path).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(where + " loads " + address + ", which is not in the book (" + file + ")");
            } else if (path.endsWith(".css")) {
                checkCss(where + " -> " + path, read(file), file);
            }
        }
    }

    private void checkCss(String where, String css, Path from) {
        Matcher m = CSS_REFERENCE.matcher(CSS_COMMENT.matcher(css).replaceAll(""));
        while (m.find()) {
            String address = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            checkAddress(where, address, from);
        }
    }

    private void checkDataUri(String where, String uri, Path from) {
        int comma = uri.indexOf(',');
        String header = uri.substring(0, Math.max(comma, 0));
        if (comma < 0 || !header.contains("svg")) {
            return;
        }
        String body = uri.substring(comma + 1);
        String svg = header.endsWith(";base64")
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
                : URLDecoder.decode(body, StandardCharsets.UTF_8);
        Matcher m = SVG_REFERENCE.matcher(svg);
        while (m.find()) {
            if (REMOTE.matcher(m.group(1)).find()) {
                problems.add(where + " (an SVG image) loads " + m.group(1));
            }
        }
        checkCss(where + " (an SVG image)", svg.replaceAll("xmlns(?::\\w+)?\\s*=\\s*['\"][^'\"]*['\"]", ""), from);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
