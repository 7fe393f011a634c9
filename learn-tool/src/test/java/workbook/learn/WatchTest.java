package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode on a copy of the exercises, driven by writing files. The test never sleeps: it waits for the
 * lines watch prints (the "-- watching" prompt comes only once changes are being looked for).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WatchTest {

    @TempDir
    Path dir;

    @Test
    void pollingRechecksOnSaveAndMovesOnToTheNextExerciseWhenOnePasses() throws Exception {
        watchSolveAndMoveOn(true);
    }

    @Test
    void fileEventsRecheckOnSaveAndMoveOnToTheNextExerciseWhenOnePasses() throws Exception {
        watchSolveAndMoveOn(false);
    }

    private void watchSolveAndMoveOn(boolean poll) throws Exception {
        var wb = new TempWorkbook(dir);
        wb.addCopyOfFirstExerciseAs("join-again");
        var workbook = Workbook.at(wb.root);
        var lines = new Lines();
        var checker = new Checker(workbook);
        try (var watch = new Watch(workbook, checker, new Progress(workbook, checker), lines.stream, poll)) {
            var finished = CompletableFuture.supplyAsync(() -> {
                try {
                    return watch.run(null);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            lines.awaitStart("== Exercise 1 of 2: join-every-thread");
            lines.awaitStart("NOT STARTED join-every-thread");
            lines.awaitStart("-- watching");

            Files.writeString(wb.stub(), Files.readString(wb.stub()).replace("throw new", "thro new"));
            lines.awaitStart("DOES NOT COMPILE join-every-thread");
            lines.awaitStart("-- watching");

            wb.solve();
            lines.awaitStart("PASSED join-every-thread");
            assertThat(lines.awaitStart("Next up:")).isEqualTo("Next up: join-again");
            lines.awaitStart("== Exercise 2 of 2: join-again");
            lines.awaitStart("NOT STARTED join-again");
            lines.awaitStart("-- watching");

            watch.close();
            assertThat(finished.get(1, TimeUnit.MINUTES)).as("not every exercise is done").isFalse();
        }
    }

    @Test
    void watchEndsWhenEveryExerciseIsDone() throws Exception {
        var wb = new TempWorkbook(dir);
        wb.solve();
        var workbook = Workbook.at(wb.root);
        var lines = new Lines();
        var checker = new Checker(workbook);
        try (var watch = new Watch(workbook, checker, new Progress(workbook, checker), lines.stream, true)) {
            assertThat(watch.run(null)).isTrue();
            lines.awaitStart("Every exercise is done");
        }
    }

    @Test
    void theLearnersOneLetterCommandsWork() throws Exception {
        var wb = new TempWorkbook(dir);
        var workbook = Workbook.at(wb.root);
        var lines = new Lines();
        var checker = new Checker(workbook);
        var keys = new java.io.PipedOutputStream();
        var keyboard = new java.io.PipedInputStream(keys);
        try (var watch = new Watch(workbook, checker, new Progress(workbook, checker), lines.stream, true).readCommandsFrom(keyboard)) {
            var finished = CompletableFuture.supplyAsync(() -> {
                try {
                    return watch.run(workbook.find("join-every-thread"));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            lines.awaitStart("-- watching");
            keys.write("h\n".getBytes());
            keys.flush();
            lines.awaitStart("  Two loops.");
            keys.write("q\n".getBytes());
            keys.flush();
            assertThat(finished.get(1, TimeUnit.MINUTES)).isFalse();
        }
    }
}
