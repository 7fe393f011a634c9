package workbook.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The HTML pages the build rendered into generated-docs (the folder is the system property {@code book.dir}). */
record RenderedBook(Path dir) {

    static RenderedBook fromBuild() {
        String dir = System.getProperty("book.dir");
        assertTrue(dir != null, "system property book.dir is not set (the docs pom sets it)");
        Path path = Path.of(dir);
        assertTrue(Files.isRegularFile(path.resolve("index.html")),
                path + " has no index.html: these checks read the rendered book; run them with the docs module's "
                        + "verify phase, which renders it first");
        return new RenderedBook(path);
    }

    /** A rendered page: its file name and its parsed HTML. */
    record Page(String name, Path file, Document html) {}

    List<Page> pages() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted()
                    .map(f -> new Page(f.getFileName().toString(), f, parse(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
