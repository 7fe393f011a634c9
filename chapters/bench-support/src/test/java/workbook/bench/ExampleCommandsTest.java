package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every example command quoted in README.adoc and in a chapter's text, sources and results names an example
 * declared in that chapter's examples.txt, and every declared main class exists.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ExampleCommandsTest {

    static final Path CHAPTERS = Path.of("..").toAbsolutePath().normalize();
    /** {@code -pl chapters/NN-slug exec:exec -Dexample=name}, or a bare {@code exec:exec -Dexample=name} in a chapter. */
    static final Pattern COMMAND = Pattern.compile("(?:-pl chapters/([0-9]{2}-[a-z-]+) )?exec:exec -Dexample=([a-z0-9][a-z0-9-]*)");
    /** The executions that stay in poms: the JShell script, and chapter 6's pinning demo on a JDK of one's choice. */
    static final Pattern OTHER_EXECUTION = Pattern.compile("(?:-pl chapters/([0-9]{2}-[a-z-]+) )?exec:exec@([A-Za-z0-9-]+)");

    static List<Path> chapters() throws IOException {
        try (Stream<Path> s = Files.list(CHAPTERS)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9]{2}-.*")).sorted().toList();
        }
    }

    /** README.adoc and every text file of the chapters, outside target/. */
    static List<Path> quotingFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(CHAPTERS.resolveSibling("README.adoc")));
        for (Path chapter : chapters()) {
            try (Stream<Path> s = Files.walk(chapter)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !chapter.relativize(p).startsWith("target"))
                        .filter(p -> p.toString().matches(".*\\.(adoc|java|jsh|csv|txt|xml)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** The chapter a command runs in: the one it names, else the one whose file quotes it. */
    static String chapterOf(Matcher m, Path file) {
        if (m.group(1) != null) {
            return m.group(1);
        }
        Path relative = CHAPTERS.relativize(file);
        return relative.startsWith("..") ? null : relative.getName(0).toString();
    }

    @Test
    void everyQuotedExampleIsDeclaredInItsChapter() throws IOException {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Path file : quotingFiles()) {
            String text = Files.readString(file);
            Matcher m = COMMAND.matcher(text);
            while (m.find()) {
                seen++;
                String chapter = chapterOf(m, file);
                Path declarations = chapter == null ? null : CHAPTERS.resolve(chapter).resolve(Examples.FILE);
                if (declarations == null || !Files.exists(declarations)) {
                    wrong.add(file + ": " + m.group() + " (which chapter's examples.txt?)");
                } else if (!Examples.parse(declarations).containsKey(m.group(2))) {
                    wrong.add(file + ": " + m.group() + " is not declared in chapters/" + chapter + "/" + Examples.FILE);
                }
            }
        }
        assertThat(seen).as("example commands found").isGreaterThan(50);
        assertThat(wrong).as("commands naming an example that its chapter does not declare").isEmpty();
    }

    @Test
    void theOnlyNamedExecutionsLeftAreJShellAndPinning() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : quotingFiles()) {
            Matcher m = OTHER_EXECUTION.matcher(Files.readString(file));
            while (m.find()) {
                String chapter = chapterOf(m, file);
                boolean known = chapter == null // another module's execution, e.g. learn-tool's exec:exec@benchmark
                        || m.group(2).equals("jshell")
                        || m.group(2).equals("pinning") && chapter.equals("06-virtual-threads");
                if (!known) {
                    wrong.add(file + ": " + m.group() + " (an example is run with exec:exec -Dexample=NAME)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyDeclaredMainClassExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path chapter : chapters()) {
            Path declarations = chapter.resolve(Examples.FILE);
            assertThat(declarations).as("every chapter declares its examples").exists();
            for (Example e : Examples.parse(declarations).values()) {
                Path source = chapter.resolve("src/main/java").resolve(e.main().replace('.', '/') + ".java");
                if (!Files.exists(source)) {
                    missing.add(chapter.getFileName() + "/" + Examples.FILE + ": " + e.name() + " -> " + source);
                }
            }
        }
        assertThat(missing).as("declared main classes without a source file").isEmpty();
    }
}
