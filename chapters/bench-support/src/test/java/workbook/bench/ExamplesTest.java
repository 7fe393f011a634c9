package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ExamplesTest {

    @TempDir
    Path dir;

    private Map<String, Example> declare(String text) throws IOException {
        Path file = dir.resolve(Examples.FILE);
        Files.writeString(file, text);
        return Examples.parse(file);
    }

    private Example.Places places() {
        return new Example.Places(dir, dir.resolve("target"));
    }

    @Test
    void readsEachExampleWithItsDefaults() throws IOException {
        var examples = declare("""
                # a comment
                [seed]
                main    = some.Seed
                about   = the seed
                capture = 3 2

                [bench]
                main    = some.Bench
                about   = measures
                args    = {chapter}/results {args}
                jvm     = -Xmx64m
                """);
        assertThat(examples.keySet()).containsExactly("seed", "bench");
        Example seed = examples.get("seed");
        assertThat(seed.captured()).isTrue();
        assertThat(seed.snippet()).isEqualTo("seed");
        assertThat(seed.needsOwnJvm()).isFalse();
        assertThat(seed.learnerArgs(List.of("10", "3"), places())).containsExactly("10", "3");
        Example bench = examples.get("bench");
        assertThat(bench.captured()).isFalse();
        assertThat(bench.needsOwnJvm()).as("JVM options need a JVM of their own").isTrue();
        assertThat(bench.learnerArgs(List.of("x"), places())).containsExactly(dir + "/results", "x");
    }

    @Test
    void anEmptyCaptureLineIsACaptureWithoutArguments() throws IOException {
        Example e = declare("[a]\nmain = A\nabout = a\ncapture =\nsnippet = other\nown-jvm = it exits\n").get("a");
        assertThat(e.captured()).isTrue();
        assertThat(e.captureArgs(places())).isEmpty();
        assertThat(e.snippet()).isEqualTo("other");
        assertThat(e.needsOwnJvm()).isTrue();
    }

    @Test
    void aMistypedKeyIsRefusedWithItsLine() {
        assertThatThrownBy(() -> declare("[a]\nmain = A\nabout = a\ncaptrue = 1\n"))
                .hasMessageContaining("line 4").hasMessageContaining("captrue");
    }

    @Test
    void anUnknownNameListsTheChaptersExamples() throws IOException {
        var examples = declare("[seed]\nmain = A\nabout = a\n[other]\nmain = B\nabout = b\n");
        assertThat(Examples.unknown("sed", examples, places()))
                .contains("\"sed\"").contains("its examples are: seed, other.");
        assertThat(Examples.list(examples, places())).contains("seed").contains("  other  b");
    }

    // --- the book's run in a shared JVM ---

    public static final class Finishes {
        public static void main(String[] args) {
            System.out.println("hello " + String.join(" ", args));
            System.err.println("and stderr");
        }
    }

    /** Leaves a thread that waits for the test, then prints: the kind of example that needs own-jvm. */
    public static final class LeavesAThread {
        static final java.util.concurrent.CountDownLatch RELEASE = new java.util.concurrent.CountDownLatch(1);
        static volatile Throwable lateWriteFailure;

        public static void main(String[] args) {
            var out = System.out;
            Thread t = new Thread(() -> {
                try {
                    RELEASE.await();
                    out.println("too late");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    lateWriteFailure = e;
                }
            }, "left-behind");
            t.start();
            System.out.println("main returns");
        }
    }

    @Test
    void anExampleThatFinishesHasItsOutputInItsFile() throws Exception {
        var example = declare("[f]\nmain = " + Finishes.class.getName() + "\nabout = f\ncapture = a b\n").get("f");
        Path file = dir.resolve("f.txt");
        InProcessRun.capture(example, example.captureArgs(places()), file);
        assertThat(Files.readString(file)).isEqualTo("hello a b" + System.lineSeparator() + "and stderr" + System.lineSeparator());
    }

    @Test
    void anExampleThatLeavesAThreadFailsTheCaptureAndCannotWriteIntoTheNextOne() throws Exception {
        var example = declare("[l]\nmain = " + LeavesAThread.class.getName() + "\nabout = l\ncapture =\n").get("l");
        Path file = dir.resolve("l.txt");
        Thread leftBehind;
        try {
            assertThatThrownBy(() -> InProcessRun.capture(example, List.of(), file))
                    .hasMessageContaining("example l").hasMessageContaining("still running: [left-behind]")
                    .hasMessageContaining("own-jvm");
        } finally {
            leftBehind = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("left-behind")).findFirst().orElseThrow();
            LeavesAThread.RELEASE.countDown();
        }
        leftBehind.join();
        assertThat(LeavesAThread.lateWriteFailure).as("a write after the capture ended")
                .hasMessageContaining("own-jvm");
        assertThat(Files.readString(file)).isEqualTo("main returns" + System.lineSeparator());
    }
}
