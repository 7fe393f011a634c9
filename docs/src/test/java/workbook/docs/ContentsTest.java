package workbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a chapter is a folder and one line: in a small workbook of its own, a chapter added to chapters/pom.xml
 * gets its page, its place in the previous/next links, the contents list and the PDF book from
 * src/build/Contents.java; one that docs/pom.xml does not depend on stops the build with the line to add.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ContentsTest {

    private static final Path CONTENTS = Path.of("src/build/Contents.java").toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void aChapterAddedToTheModuleListIsWiredEverywhere() throws Exception {
        workbook(List.of("01-first", "02-second", "03-third"), List.of("01-first", "02-second", "03-third"));
        var run = contents();
        assertEquals(0, run.exit(), run.output());
        var out = root.resolve("out");
        var middle = Files.readString(out.resolve("02-second.adoc"));
        assertTrue(middle.contains("include::{chapters-dir}/02-second/chapter.adoc[]"), middle);
        assertTrue(middle.contains("Previous: link:01-first.html[1. First chapter]"), middle);
        assertTrue(middle.contains("Next: link:03-third.html[3. Third chapter]"), middle);
        assertTrue(middle.contains(":nav-html: pass:[<a href=\"index.html\">Contents</a>"), middle);
        assertTrue(Files.readString(out.resolve("03-third.adoc")).contains("Previous: link:02-second.html"));
        assertEquals("""
                . link:01-first.html[First chapter]: what 01-first covers.
                . link:02-second.html[Second chapter]: what 02-second covers.
                . link:03-third.html[Third chapter]: what 03-third covers.
                """, Files.readString(out.resolve("_chapters.adoc")).lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
        assertTrue(Files.readString(out.resolve("_book-chapters.adoc")).contains("include::{chapters-dir}/03-third/chapter.adoc[leveloffset=+1]"));
        assertTrue(Files.exists(out.resolve("index.adoc")), "the pages' own files are copied along");
    }

    @Test
    void aChapterTheDocsDoNotDependOnStopsTheBuildWithTheLineToAdd() throws Exception {
        workbook(List.of("01-first", "02-second"), List.of("01-first"));
        var run = contents();
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("<artifactId>ch02-second</artifactId>"), run.output());
    }

    private record Run(int exit, String output) {}

    private Run contents() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, CONTENTS.toString(), root.toString(), root.resolve("pages").toString(),
                root.resolve("out").toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** chapters/pom.xml listing {@code modules}, each with a chapter.adoc, and a docs/pom.xml depending on {@code inDocs}. */
    private void workbook(List<String> modules, List<String> inDocs) throws IOException {
        var pom = new StringBuilder("<project><modules>\n<module>bench-support</module>\n");
        for (var m : modules) {
            pom.append("<module>").append(m).append("</module>\n");
            var chapter = Files.createDirectories(root.resolve("chapters").resolve(m));
            var title = Character.toUpperCase(m.charAt(3)) + m.substring(4) + " chapter";
            Files.writeString(chapter.resolve("chapter.adoc"), "ifndef::chapter-prefix[:chapter-prefix: " + Integer.parseInt(m.substring(0, 2))
                    + ".{sp}]\n= {chapter-prefix}" + title + "\n// summary: what " + m + " covers.\n\nText.\n");
        }
        Files.writeString(root.resolve("chapters/pom.xml"), pom.append("</modules></project>\n").toString());
        var docs = new StringBuilder("<project><dependencies>\n");
        for (var m : inDocs) docs.append("<dependency><artifactId>ch").append(m).append("</artifactId></dependency>\n");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/pom.xml"), docs.append("</dependencies></project>\n").toString());
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(root.resolve("pages/index.adoc"), "= Contents\n\ninclude::_chapters.adoc[]\n");
    }
}
