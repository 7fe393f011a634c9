package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An exercise is keyed by its name: its package and test class follow from it unless the entry says otherwise. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CatalogTest {

    @TempDir
    Path dir;

    @Test
    void theTestClassFollowsFromTheName() throws Exception {
        var file = write("""
                [[exercise]]
                name = "limit-with-a-semaphore"
                chapter = "06-virtual-threads"
                section = "limit-with-a-semaphore"
                hint = "acquire before start"
                """);
        var e = Catalog.read(file).getFirst();
        assertThat(e.test()).isEqualTo("exercises.limitwithasemaphore.LimitWithASemaphoreTest");
        assertThat(e.javaPackage()).isEqualTo("exercises.limitwithasemaphore");
        assertThat(e.testSimpleName()).isEqualTo("LimitWithASemaphoreTest");
    }

    @Test
    void anEntryMayNameAnotherTestClassAndWritingKeepsIt() throws Exception {
        var file = write("""
                [[exercise]]
                name = "join-every-thread"
                chapter = "01-threads-by-hand"
                section = "join-waits-for-a-thread"
                test = "exercises.joineverythread.OtherTest"
                hint = "join"
                """);
        var read = Catalog.read(file);
        assertThat(read.getFirst().test()).isEqualTo("exercises.joineverythread.OtherTest");
        var copy = dir.resolve("copy.toml");
        Catalog.write(read, copy);
        assertThat(Catalog.read(copy)).isEqualTo(read);
    }

    @Test
    void aMissingKeyIsNamed() throws Exception {
        var file = write("""
                [[exercise]]
                name = "join-every-thread"
                chapter = "01-threads-by-hand"
                hint = "join"
                """);
        assertThatThrownBy(() -> Catalog.read(file)).hasMessageContaining("has no 'section'");
    }

    @Test
    void theWorkbooksOwnCatalogFollowsTheConventionAndItsTestClassesExist() throws Exception {
        var root = Path.of("").toAbsolutePath().getParent(); // the tests run in learn-tool/
        for (var e : Catalog.read(root.resolve("exercises/exercises.toml"))) {
            assertThat(root.resolve("exercises/src/test/java/" + e.test().replace('.', '/') + ".java"))
                    .as("the test class of %s", e.name()).isRegularFile();
        }
    }

    private Path write(String text) throws Exception {
        var file = dir.resolve("exercises.toml");
        Files.writeString(file, text);
        return file;
    }
}
