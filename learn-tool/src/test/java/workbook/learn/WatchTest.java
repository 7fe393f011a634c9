package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode on a workbook of fixture exercises. The test reports saves itself ({@link SavesByHand}), and
 * waits for the lines watch prints (a queue it takes from), never for a time: the "-- watching" prompt
 * comes only once watch is listening, and every verdict is a line.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WatchTest {

    @TempDir
    Path dir;

    /** The test's own source of changes: {@link #saved} is what file events or polling would report. */
    static final class SavesByHand implements Changes {
        private volatile Consumer<Path> changed;
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void start(Consumer<Path> changed) {
            this.changed = changed;
        }

        void saved(Path file) {
            changed.accept(file);
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    private record Running(Watch watch, Lines lines, SavesByHand saves, CompletableFuture<Boolean> finished, Checker checker) {}

    private Set<Long> childrenBefore;

    @BeforeEach
    void noteTheChildren() {
        childrenBefore = children();
    }

    @AfterEach
    void closeTheCheckerAndLeaveNoProcessBehind() {
        if (running != null) running.checker().close();
        assertThat(children()).as("processes started by the watch and still alive").isSubsetOf(childrenBefore);
    }

    private static Set<Long> children() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private Running running;

    private Running watch(TempWorkbook wb, String first, java.io.InputStream keyboard) {
        return watch(wb, first, keyboard, new Checker(wb.workbook()));
    }

    private Running watch(TempWorkbook wb, String first, java.io.InputStream keyboard, Checker checker) {
        return watch(wb, first, keyboard, checker, w -> {});
    }

    /** Starts watch, set up first by {@code setup} (on a terminal or not). */
    private Running watch(TempWorkbook wb, String first, java.io.InputStream keyboard, Checker checker, Consumer<Watch> setup) {
        var workbook = wb.workbook();
        var lines = new Lines();
        var saves = new SavesByHand();
        var watch = new Watch(workbook, checker, new Progress(workbook, checker), lines.stream, saves);
        setup.accept(watch);
        if (keyboard != null) watch.readCommandsFrom(keyboard);
        var finished = CompletableFuture.supplyAsync(() -> {
            try {
                return watch.run(first == null ? null : workbook.find(first));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        running = new Running(watch, lines, saves, finished, checker);
        return running;
    }

    @Test
    void rechecksOnEachRealChangeOfTheCurrentExerciseThenMovesOnToTheNextOneNotDone() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps", "third-steps");
        wb.solve("second-steps");
        var w = watch(wb, null, null);
        var lines = w.lines();
        lines.awaitStart("== Exercise 1 of 3: first-steps   (chapter 01-fixture)");
        lines.awaitStart("   edit exercises/src/main/java/exercises/firststeps/FirstSteps.java");
        lines.awaitStart("checking first-steps");
        lines.awaitStart("NOT STARTED first-steps");
        lines.awaitStart("-- watching");

        w.saves().saved(wb.stub("first-steps")); // touched, not changed: no check
        wb.makeMistake("third-steps");
        w.saves().saved(wb.stub("third-steps")); // another exercise: no check
        wb.breakCompile("first-steps");
        assertThat(saved(w, wb, "first-steps")).startsWith("DOES NOT COMPILE first-steps");
        lines.awaitStart("-- watching");

        wb.makeMistake("first-steps");
        assertThat(saved(w, wb, "first-steps")).startsWith("FAILING first-steps: 1 of 2 tests fail");
        lines.awaitStart("-- watching");

        wb.solve("first-steps");
        assertThat(saved(w, wb, "first-steps")).startsWith("PASSED first-steps");
        assertThat(lines.awaitStart("Next up:")).as("second-steps is done already").isEqualTo("Next up: third-steps");
        lines.awaitStart("== Exercise 3 of 3: third-steps");
        assertThat(lines.await("verdict", WatchTest::verdict)).startsWith("FAILING third-steps");
        lines.awaitStart("-- watching");

        w.watch().close();
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).as("not every exercise is done").isFalse();
        assertThat(w.saves().closed.getCount()).as("the source of changes is closed with the watch").isZero();
    }

    @Test
    void endsWhenEveryExerciseIsDone() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps");
        wb.solve("second-steps");
        var w = watch(wb, null, null);
        w.lines().awaitStart("NOT STARTED first-steps");
        w.lines().awaitStart("-- watching");
        wb.solve("first-steps");
        w.saves().saved(wb.stub("first-steps"));
        w.lines().awaitStart("PASSED first-steps");
        w.lines().awaitStart("Every exercise is done");
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).isTrue();
        w.watch().close();
    }

    @Test
    void theLearnersOneLetterCommandsWorkAndAfterAPassWatchStaysUntilN() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps");
        var keys = new PipedOutputStream();
        var w = watch(wb, "second-steps", new PipedInputStream(keys));
        var lines = w.lines();
        lines.awaitStart("== Exercise 2 of 2: second-steps");
        lines.awaitStart("Progress: [....................] 0/2 done");
        lines.awaitStart("-- watching exercises/src/main/java/exercises/secondsteps/SecondSteps.java: save to re-check");
        type(keys, "x");
        lines.awaitStart("Unknown key 'x': " + Watch.KEYS);
        lines.awaitStart("-- watching");
        type(keys, "n");
        lines.awaitStart("== Exercise 1 of 2: first-steps");
        lines.awaitStart("-- watching");
        type(keys, "n");
        lines.awaitStart("== Exercise 2 of 2: second-steps");
        lines.awaitStart("-- watching");
        wb.makeMistake("second-steps"); // saved without an event: r re-checks anyway
        type(keys, "r");
        lines.awaitStart("checking second-steps");
        lines.awaitStart("FAILING second-steps");
        lines.awaitStart("-- watching");
        type(keys, "h");
        lines.awaitStart("  Return 42 from answer() in second-steps.");
        lines.awaitStart("-- watching");
        type(keys, "l");
        lines.awaitStart("Progress: 0 of 2 done.");
        lines.awaitStart("Type an exercise's number and Enter to go to it.");
        lines.awaitStart("-- watching");
        wb.solve("second-steps"); // saved without an event: Enter re-checks anyway
        type(keys, "");
        lines.awaitStart("PASSED second-steps");
        lines.awaitStart("Progress: [##########..........] 1/2 done");
        lines.awaitStart("done: press n for the next one (first-steps), or keep experimenting");
        lines.awaitStart("-- watching");
        wb.makeMistake("second-steps"); // the learner tries something else on the exercise just passed
        assertThat(saved(w, wb, "second-steps")).startsWith("FAILING second-steps");
        lines.awaitStart("-- watching");
        wb.solve("second-steps");
        assertThat(saved(w, wb, "second-steps")).startsWith("PASSED second-steps");
        lines.awaitStart("done: press n");
        lines.awaitStart("-- watching");
        type(keys, "7");
        lines.awaitStart("There is no exercise 7: they are numbered 1 to 2.");
        lines.awaitStart("-- watching");
        type(keys, "1");
        lines.awaitStart("== Exercise 1 of 2: first-steps");
        lines.awaitStart("-- watching");
        type(keys, "n");
        lines.awaitStart("first-steps is the only exercise not done yet.");
        lines.awaitStart("-- watching");
        type(keys, "q");
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(lines.seen()).as("no screen control without a terminal").doesNotContain("\033");
        w.watch().close();
    }

    /**
     * On a terminal (a fake one here: the keys as raw bytes, no Enter): the screen is cleared and redrawn for
     * every check, each key acts at once, an arrow key is answered once, and digits then Enter go to an exercise.
     */
    @Test
    void onATerminalTheScreenIsRedrawnForEachCheckAndEachKeyActsAtOnce() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps");
        var keys = new PipedOutputStream();
        var w = watch(wb, null, new PipedInputStream(keys), new Checker(wb.workbook()), watch -> watch.screen(true, true));
        var lines = w.lines();
        lines.awaitStart(Watch.CLEAR + "== Exercise 1 of 2: first-steps");
        lines.awaitStart("checking first-steps");
        lines.awaitStart("NOT STARTED first-steps");
        lines.awaitStart("-- watching");
        press(keys, "x");
        lines.awaitStart("Unknown key 'x'");
        press(keys, "\033[A" + "h"); // an arrow, then h
        lines.awaitStart("Unknown key (Esc, an arrow or a control key)");
        lines.awaitStart("  Return 42 from answer() in first-steps.");
        assertThat(lines.seen()).as("the arrow's sequence is one key").doesNotContain("Unknown key '['", "Unknown key 'A'");
        wb.makeMistake("first-steps");
        w.saves().saved(wb.stub("first-steps"));
        lines.awaitStart(Watch.CLEAR + "== Exercise 1 of 2: first-steps");
        lines.awaitStart("checking first-steps");
        lines.awaitStart("FAILING first-steps");
        lines.awaitStart("-- watching");
        press(keys, "r");
        lines.awaitStart(Watch.CLEAR + "== Exercise 1 of 2: first-steps");
        lines.awaitStart("FAILING first-steps");
        lines.awaitStart("-- watching");
        press(keys, "2\r");
        lines.await("the number typed, echoed", l -> l.contains("go to exercise: 2"));
        lines.awaitStart(Watch.CLEAR + "== Exercise 2 of 2: second-steps");
        lines.awaitStart("-- watching");
        press(keys, "q");
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).isFalse();
        w.watch().close();
    }

    private static void press(PipedOutputStream keys, String raw) throws IOException {
        keys.write(raw.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** A script or CI: the input ends at once, so after a pass watch goes on by itself. */
    @Test
    void withoutAKeyboardAPassMovesOnByItself() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps");
        var w = watch(wb, null, new java.io.ByteArrayInputStream(new byte[0]));
        var lines = w.lines();
        lines.awaitStart("-- watching");
        wb.solve("first-steps");
        w.saves().saved(wb.stub("first-steps"));
        lines.awaitStart("PASSED first-steps");
        lines.awaitStart("Next up: second-steps");
        lines.awaitStart("== Exercise 2 of 2: second-steps");
        w.watch().close();
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void misbehavingCodeGetsItsVerdictAndTheNextSaveRunsInAFreshJvm() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps");
        var checker = new Checker(wb.workbook(), System.getProperty("java.class.path"), Duration.ofSeconds(3));
        var w = watch(wb, null, null, checker);
        var lines = w.lines();
        lines.awaitStart("-- watching");
        var cases = new String[][] {
                {"System.exit(0); return 42;", "Your code called System.exit(0) in answer, FirstSteps.java:8."},
                {"Runtime.getRuntime().halt(3); return 42;", "stopped at once (exit code 3)"},
                {"while (true) { Thread.onSpinWait(); }", "Stopped after 3 s"},
                {"new Thread(() -> { while (true) Thread.onSpinWait(); }, \"spinner\").start(); return 42;", "(3 threads in all)"},
        };
        for (var c : cases) {
            wb.replaceBody("first-steps", c[0]);
            assertThat(saved(w, wb, "first-steps")).startsWith("FAILING first-steps");
            lines.await("the message: " + c[1], l -> l.contains(c[1]));
            lines.awaitStart("-- watching");
        }
        wb.solve("first-steps");
        w.saves().saved(wb.stub("first-steps"));
        var verdict = lines.await("verdict", WatchTest::verdict);
        if (!verdict.startsWith("PASSED")) lines.awaitStart("-- watching");
        assertThat(verdict).as(lines.seen()).startsWith("PASSED first-steps");
        w.watch().close();
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).isFalse();
    }

    /**
     * The hostile cases of {@link HostileCodeTest} that the test above does not run, through watch: each gets its
     * verdict and message, and the next save is checked as usual.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theOtherHostileCasesGetTheirVerdictsInWatchToo() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps", "second-steps");
        System.setProperty(Checker.HEAP_PROPERTY, "128m"); // read when a child starts: an OutOfMemoryError comes soon
        Checker checker;
        try {
            checker = new Checker(wb.workbook(), System.getProperty("java.class.path"), Duration.ofSeconds(10));
        } finally {
            System.clearProperty(Checker.HEAP_PROPERTY);
        }
        var w = watch(wb, null, null, checker);
        var lines = w.lines();
        lines.awaitStart("-- watching");
        var cases = new String[][] {
                {HostileCodeTest.DEADLOCK, "FAILING first-steps", "Deadlock:"},
                {"for (int i = 0; i < 200_000; i++) System.out.println(\"line \" + i); return 41;", "FAILING first-steps", "read section #fixture."},
                {HostileCodeTest.OUT_OF_MEMORY, "FAILING first-steps", "OutOfMemoryError (Java heap space)"},
                {HostileCodeTest.FIFTY_COMPILE_ERRORS, "DOES NOT COMPILE first-steps: 50 compile errors", "... and 40 more"},
        };
        var stub = Files.readString(wb.stub("first-steps"));
        for (var c : cases) {
            Files.writeString(wb.stub("first-steps"), stub); // a body of several lines leaves more than one line to replace
            wb.replaceBody("first-steps", c[0]);
            var verdict = saved(w, wb, "first-steps");
            assertThat(verdict).as(lines.seen()).startsWith(c[1]);
            lines.await("the message: " + c[2], l -> l.contains(c[2]));
            lines.awaitStart("-- watching");
        }
        assertThat(lines.seen()).doesNotContain("line 1");
        wb.addClass("first-steps", "Broken", HostileCodeTest.BROKEN_CLASS);
        Files.writeString(wb.stub("first-steps"), stub);
        wb.replaceBody("first-steps", "return Broken.VALUE;");
        assertThat(saved(w, wb, "first-steps")).startsWith("FAILING first-steps");
        lines.await("the static initialiser's cause", l -> l.contains("The static initialiser of Broken (Broken.java:3) threw NumberFormatException"));
        lines.awaitStart("-- watching");
        w.watch().close();
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void qStopsARunningCheckAtOnce() throws Exception {
        var wb = new TempWorkbook(dir, "first-steps");
        var checker = new Checker(wb.workbook(), System.getProperty("java.class.path"), Duration.ofMinutes(5));
        var keys = new PipedOutputStream();
        var w = watch(wb, null, new PipedInputStream(keys), checker);
        w.lines().awaitStart("-- watching");
        wb.replaceBody("first-steps", "while (true) { Thread.onSpinWait(); }");
        w.saves().saved(wb.stub("first-steps"));
        w.lines().awaitStart("checking first-steps");
        type(keys, "q");
        assertThat(w.finished().get(30, TimeUnit.SECONDS)).as("long before the 5-minute limit").isFalse();
        w.watch().checkEnded().get(30, TimeUnit.SECONDS); // the check q stopped has killed its child
        w.watch().close();
    }

    /** Reports a save of the exercise's stub; returns the verdict line that follows. */
    private static String saved(Running w, TempWorkbook wb, String exercise) throws InterruptedException {
        w.saves().saved(wb.stub(exercise));
        return w.lines().await("verdict", WatchTest::verdict);
    }

    private static void type(PipedOutputStream keys, String line) throws IOException {
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static boolean verdict(String line) {
        for (var s : Verdict.Status.values()) {
            if (line.startsWith(s.word + " ")) return true;
        }
        return false;
    }

    /** The real sources of changes report a save, a new file and a deleted one (the test waits for each report). */
    @Test
    void fileEventsAndPollingReportSavesNewFilesAndDeletions() throws Exception {
        for (boolean poll : new boolean[] {false, true}) {
            var folder = Files.createDirectories(dir.resolve("poll-" + poll).resolve("exercises/some"));
            var file = Files.writeString(folder.resolve("Some.java"), "class Some {}");
            var reported = new LinkedBlockingQueue<Path>();
            try (var changes = Changes.under(folder.getParent(), poll, new Lines().stream)) {
                changes.start(reported::add);
                Files.writeString(file, "class Some { int changed; }");
                awaitReport(reported, file, folder.getParent());
                var added = Files.writeString(folder.resolve("Added.java"), "class Added {}");
                awaitReport(reported, added, folder.getParent());
                Files.delete(file);
                awaitReport(reported, file, folder.getParent());
            }
        }
    }

    /** Takes reports until {@code file} (or the whole folder, after lost events) is reported. */
    private static void awaitReport(LinkedBlockingQueue<Path> reported, Path file, Path folder) throws InterruptedException {
        while (true) {
            var p = reported.poll(30, TimeUnit.SECONDS);
            assertThat(p).as("a report of " + file).isNotNull();
            if (p.equals(file) || p.equals(folder)) return;
        }
    }
}
