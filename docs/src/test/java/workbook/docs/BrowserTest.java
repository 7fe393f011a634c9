package workbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The book as a reader sees it: every page opened from file:// in a headless Chromium that cannot reach any host,
 * 1280 pixels wide. Each page loads only local files, shows its own fonts and icons, lists every chapter in its
 * sidebar, and has a search box that finds text anywhere in the book; a listing's copy button copies its code
 * without the callout numbers. Chromium comes from the system's packages (apt-get install chromium); where none is
 * found these checks are skipped, and the reason is printed.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BrowserTest {

    private static final RenderedBook BOOK = RenderedBook.fromBuild();
    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        var chromium = Browser.find();
        if (chromium.isEmpty()) {
            System.out.println("BrowserTest skipped: no Chromium found (set CHROMIUM, or install it: apt-get install chromium)");
        }
        Assumptions.assumeTrue(chromium.isPresent(),
                "no Chromium found (set CHROMIUM, or install it: apt-get install chromium): the browser checks are skipped");
        browser = Browser.start(chromium.get(), 1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void everyPageLoadsOnlyLocalFilesAndShowsItsFontsAndIcons() {
        List<String> problems = new ArrayList<>();
        for (var page : BOOK.pages()) {
            var tab = open(page.file());
            for (String url : tab.requests()) {
                if (!url.startsWith("file:") && !url.startsWith("data:")) problems.add(page.name() + " asked for " + url);
            }
            Object failed = tab.eval("document.fonts.ready.then(() => [...document.fonts]"
                    + ".filter(f => f.status === 'error').map(f => f.family + ' ' + f.weight + ' ' + f.style).join(', '))");
            if (!"".equals(failed)) problems.add(page.name() + ": these fonts did not load: " + failed);
            Object body = tab.eval("document.fonts.ready.then(() => document.fonts.check('1em \"Noto Serif\"') "
                    + "&& document.fonts.check('1em \"Noto Sans\"'))");
            if (!Boolean.TRUE.equals(body)) problems.add(page.name() + ": the book's own fonts (Noto Serif, Noto Sans) are not in use");
            Object icons = tab.eval("document.fonts.ready.then(() => [...document.querySelectorAll('.admonitionblock td.icon i')]"
                    + ".filter(i => getComputedStyle(i, '::before').content === 'none' "
                    + "|| !getComputedStyle(i).fontFamily.includes('Font Awesome Solid')).length)");
            if (!Double.valueOf(0).equals(icons)) problems.add(page.name() + ": " + icons + " admonition icon(s) not drawn with the book's icon font");
        }
        assertTrue(problems.isEmpty(), () -> "Offline, in Chromium:\n" + String.join("\n", problems));
    }

    @Test
    void noListingLineWrapsOrScrollsAt1280Pixels() {
        List<String> problems = new ArrayList<>();
        for (var page : BOOK.pages()) {
            var tab = open(page.file());
            // A listing's lines are measured unwrapped: wider than the listing's box means the reader sees a wrap.
            Object wide = tab.eval("document.fonts.ready.then(() => [...document.querySelectorAll('.listingblock pre')]"
                    + ".filter(pre => { const wrap = pre.style.whiteSpace; pre.style.whiteSpace = 'pre';"
                    + " const over = pre.scrollWidth > pre.clientWidth + 1; pre.style.whiteSpace = wrap; return over; })"
                    + ".map(pre => { const lines = pre.textContent.split('\\n');"
                    + " const longest = lines.reduce((a, b) => b.length > a.length ? b : a, '');"
                    + " return longest.length + ' characters: ' + longest.trim(); }).join('\\n'))");
            if (!"".equals(wide)) problems.add(page.name() + ":\n" + wide);
        }
        assertTrue(problems.isEmpty(), () -> "Listings with lines too wide for a 1280-pixel window (shorten the source "
                + "line; the widest line of each is shown):\n" + String.join("\n", problems));
    }

    @Test
    void everyChapterPageListsEveryChapterInItsSidebarAndLinksItsNeighbours() {
        var chapters = BOOK.pages().stream().filter(p -> p.name().matches("\\d\\d-.*\\.html")).toList();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            var tab = open(chapters.get(i).file());
            Object listed = tab.eval("[...document.querySelectorAll('#toc nav.book-chapters li a')].map(a => a.getAttribute('href')).join(' ')");
            String expected = String.join(" ", chapters.stream().map(RenderedBook.Page::name).toList());
            if (!expected.equals(listed)) problems.add(chapters.get(i).name() + "'s sidebar lists [" + listed + "], not [" + expected + "]");
            Object nav = tab.eval("[...document.querySelectorAll('nav.nav-top a')].map(a => a.getAttribute('href')).join(' ')");
            if (i + 1 < chapters.size() && !String.valueOf(nav).contains(chapters.get(i + 1).name())) {
                problems.add(chapters.get(i).name() + "'s top navigation [" + nav + "] has no link to the next chapter");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theSearchBoxFindsTextAnywhereInTheBookAndLinksToItsSection() {
        var tab = open(BOOK.dir().resolve("index.html"));
        tab.eval("bookSearch('awaitTermination')");
        Object first = tab.eval("document.querySelector('.book-search ol.search-results li a').getAttribute('href')");
        assertTrue(String.valueOf(first).matches("\\d\\d-[a-z0-9-]+\\.html#[a-z0-9-]+"),
                "the first result for awaitTermination should link to a chapter's section, but is " + first);
        Object marked = tab.eval("document.querySelector('.book-search ol.search-results mark').textContent");
        assertEquals("awaittermination", String.valueOf(marked).toLowerCase(), "the matched word is highlighted");

        tab.eval("bookSearch('awaitTermination zzqxj')");
        Object none = tab.eval("document.querySelector('.book-search ol.search-results').textContent");
        assertTrue(String.valueOf(none).startsWith("Nothing in the book matches"), "a query with no match says so: " + none);

        var chapter = open(BOOK.dir().resolve("03-process-pools.html"));
        chapter.eval("bookSearch('virtual threads')");
        Object count = chapter.eval("document.querySelectorAll('.book-search ol.search-results li a').length");
        assertTrue(((Double) count) > 0, "the search box works on a chapter page too");
    }

    @Test
    void aListingsCopyButtonCopiesItsCodeWithoutTheCalloutNumbers() {
        var tab = open(BOOK.dir().resolve("02-thread-pools.html"));
        // Record what reaches the clipboard, by either road the button takes (the Clipboard API or a copy command).
        tab.eval("window.copied = null;"
                + "if (navigator.clipboard) navigator.clipboard.writeText = t => { window.copied = t; return Promise.resolve(); };"
                + "document.addEventListener('copy', () => { const a = document.activeElement; window.copied = a.value; });");
        Object copied = tab.eval("(() => { const block = [...document.querySelectorAll('.listingblock')]"
                + ".find(b => b.querySelector('.conum'));"
                + "const button = block.querySelector('button.copy-listing'); button.click();"
                + "return new Promise(r => { const check = () => button.textContent === 'Copied' ? r(window.copied) : "
                + "requestAnimationFrame(check); check(); }); })()");
        String text = String.valueOf(copied);
        assertTrue(text.contains("\n") && text.strip().length() > 20, "the copy button copied the listing's lines: " + text);
        assertTrue(!text.matches("(?s).*\\(\\d+\\)\\s*(\n|$).*"), "the callout numbers are left out: " + text);
    }

    private static Browser.Tab open(Path file) {
        var tab = browser.open(file);
        Object href = tab.eval("location.href");
        assertEquals(file.toUri().toString(), href, "the browser shows the page that was opened");
        return tab;
    }
}
