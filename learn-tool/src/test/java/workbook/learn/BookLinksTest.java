package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The tests' links to the rendered book, before and after the book is built. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class BookLinksTest {

    @TempDir
    Path dir;

    static final String MESSAGE = "read chapter 01, section \"Join\" (docs/target/generated-docs/01-fixture.html#join-waits)";

    @Test
    void beforeTheBookIsBuiltALinkPointsAtTheChapterSourceAtTheSectionsLine() throws IOException {
        var wb = new TempWorkbook(dir, "first-steps");
        Files.createDirectories(dir.resolve("chapters/01-fixture"));
        Files.writeString(dir.resolve("chapters/01-fixture/chapter.adoc"), "= Fixture\n\nSome text.\n\n[#join-waits]\n== Join\n");
        var links = BookLinks.of(wb.workbook());
        assertThat(links.in(MESSAGE)).isEqualTo("read chapter 01, section \"Join\" (chapters/01-fixture/chapter.adoc:5)");
        assertThat(links.in("see docs/target/generated-docs/01-fixture.html#no-such-section."))
                .isEqualTo("see chapters/01-fixture/chapter.adoc#no-such-section.");
        assertThat(links.in("see docs/target/generated-docs/99-unknown.html#x")).as("no source to point at")
                .isEqualTo("see docs/target/generated-docs/99-unknown.html#x");

        Files.createDirectories(dir.resolve("docs/target/generated-docs"));
        Files.writeString(dir.resolve("docs/target/generated-docs/01-fixture.html"), "<html/>");
        assertThat(links.in(MESSAGE)).as("the book is built: its page").isEqualTo(MESSAGE);
    }
}
