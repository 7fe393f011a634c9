package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learners write broken concurrent code: each hostile case runs through ./learn check (Main.run, as the
 * script does), and must give a FAILING verdict (exit code 1) with a message that says what happened, within
 * the limit of one check (3 s here) plus the time to start and compile, leaving no process behind.
 * Watch mode's handling of the same cases is in {@link WatchTest} (misbehavingCodeGetsItsVerdict...,
 * theOtherHostileCasesGetTheirVerdictsInWatchToo).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileCodeTest {

    static final String LIMIT = "3";
    /** Starting a child JVM and compiling on a busy 2-core machine, on top of the limit. */
    static final Duration BOUND = Duration.ofSeconds(3 + 40);

    // The hostile bodies of FirstSteps.answer(), shared with WatchTest, which runs them through watch.
    static final String DEADLOCK = """
            Object a = new Object(), b = new Object();
                    var bothHoldOne = new java.util.concurrent.CountDownLatch(2);
                    new Thread(() -> { synchronized (b) { bothHoldOne.countDown(); await(bothHoldOne); synchronized (a) { } } }, "other").start();
                    synchronized (a) { bothHoldOne.countDown(); await(bothHoldOne); synchronized (b) { return 42; } }
                }

                static void await(java.util.concurrent.CountDownLatch latch) {
                    try { latch.await(); } catch (InterruptedException e) { throw new IllegalStateException(e); }""";
    static final String OUT_OF_MEMORY = "var hoard = new java.util.ArrayList<long[]>(); while (true) hoard.add(new long[1 << 20]);";
    static final String BROKEN_CLASS = """
            final class Broken {
                static final int VALUE = Integer.parseInt("forty-two");
            }
            """;
    static final String FIFTY_COMPILE_ERRORS = IntStream.range(0, 50).mapToObj(i -> "int e" + i + " = \"" + i + "\";")
            .collect(Collectors.joining("\n")) + "\nreturn 42;";

    @TempDir
    Path dir;
    TempWorkbook wb;
    Set<Long> childrenBefore;

    @BeforeAll
    static void shortLimitAndSmallHeap() {
        System.setProperty(Checker.LIMIT_PROPERTY, LIMIT);
        System.setProperty(Checker.HEAP_PROPERTY, "128m");
    }

    @AfterAll
    static void usualLimitAndHeap() {
        System.clearProperty(Checker.LIMIT_PROPERTY);
        System.clearProperty(Checker.HEAP_PROPERTY);
    }

    @BeforeEach
    void writeTheWorkbook() throws IOException {
        wb = new TempWorkbook(dir, "first-steps", "second-steps");
        childrenBefore = children();
    }

    @AfterEach
    void noProcessIsLeftBehind() {
        assertThat(children()).as("processes started by the check and still alive").isSubsetOf(childrenBefore);
    }

    private static Set<Long> children() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private record Run(int code, String out, Duration took) {}

    private Run check(String... extra) {
        var bytes = new ByteArrayOutputStream();
        var args = new java.util.ArrayList<>(java.util.List.of("check", "first-steps"));
        args.addAll(java.util.List.of(extra));
        long start = System.nanoTime();
        int code = Main.run(wb.root, args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        var run = new Run(code, bytes.toString(StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
        assertThat(run.took()).as(run.out()).isLessThan(BOUND);
        return run;
    }

    private static Run withLimit(String seconds, java.util.function.Supplier<Run> check) {
        System.setProperty(Checker.LIMIT_PROPERTY, seconds);
        try {
            return check.get();
        } finally {
            System.setProperty(Checker.LIMIT_PROPERTY, LIMIT);
        }
    }

    private void body(String code) throws IOException {
        wb.replaceBody("first-steps", code);
    }

    @Test
    void systemExitIsNamedWithTheLearnersMethodFileAndLine() throws IOException {
        body("System.exit(0); return 42;");
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps")
                .contains("  x answers", "Your code called System.exit(0) in answer, FirstSteps.java:8.");
    }

    @Test
    void runtimeHaltIsReportedWithItsStatus() throws IOException {
        body("Runtime.getRuntime().halt(7); return 42;");
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps")
                .contains("  x answers", "stopped at once (exit code 7)", "Runtime.getRuntime().halt(7)");
    }

    @Test
    void anEndlessLoopIsStoppedAfterOneLimitAndItsFrameIsShown() throws IOException {
        body("while (true) { Thread.onSpinWait(); }");
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps")
                .contains("  x answers", "Stopped after " + LIMIT + " s", "thread \"main\" is running",
                        "at FirstSteps.answer (FirstSteps.java:8)")
                .containsOnlyOnce("  x answers");
    }

    @Test
    void aRetryLoopThatSetsTheInterruptFlagAgainIsNamedAsSuch() throws IOException {
        // put() on a full queue throws at once while the flag is set: the loop spins instead of waiting
        body("""
                var full = new java.util.concurrent.ArrayBlockingQueue<Integer>(1); full.add(0);
                        Thread.currentThread().interrupt();
                        while (true) { try { full.put(1); return 42; } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }""");
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps")
                .contains("Stopped after " + LIMIT + " s", "thread \"main\" is running with its interrupt flag set",
                        "sets the flag again and tries again never waits", "at FirstSteps.answer (FirstSteps.java:");
    }

    @Test
    void aDeadlockIsNamedWithBothThreadsAndTheirLocks() throws IOException {
        body(DEADLOCK);
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps")
                .contains("Stopped after " + LIMIT + " s", "Deadlock:", "thread \"main\" is blocked entering synchronized on java.lang.Object@",
                        "held by \"other\"", "thread \"other\" is blocked", "held by \"main\"", "at FirstSteps.answer (FirstSteps.java:11)");
    }

    @Test
    void aMillionPrintedLinesStayOutOfTheVerdictAndVerboseShowsTheFirstAndLast() throws IOException {
        // answer() runs three times: 1.5 million lines
        body("for (int i = 0; i < 500_000; i++) System.out.println(\"line \" + i); return 42;");
        // a million lines and more take a few seconds on a busy machine
        var r = withLimit("30", this::check);
        var verbose = withLimit("30", () -> check("--verbose"));
        assertThat(r.code()).as(r.out()).isEqualTo(0);
        assertThat(r.out()).startsWith("PASSED first-steps").contains("--verbose shows it").doesNotContain("line 1");
        assertThat(r.out().lines().count()).isLessThan(10);
        assertThat(verbose.out()).contains("  | line 0", "  | line 499999", "  | ... (1499960 more lines) ...");
        assertThat(verbose.out().lines().count()).isLessThan(60);
    }

    @Test
    void aThreadThatNeverEndsFailsTheCheckAndIsNamed() throws IOException {
        body("""
                new Thread(() -> { try { new java.util.concurrent.CountDownLatch(1).await(); } catch (InterruptedException e) { } }, "forever").start();
                        return 42;""");
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps")
                .contains("  x (after the tests)", "still running after the tests ended", "thread \"forever\" is waiting");
    }

    @Test
    void outOfMemoryIsReportedWithItsCause() throws IOException {
        body(OUT_OF_MEMORY);
        var r = withLimit("30", this::check); // filling 128 MB takes seconds on a busy machine
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps").contains("OutOfMemoryError (Java heap space)", "a collection that only grows");
    }

    @Test
    void aFailingStaticInitialiserIsReportedWithItsCauseAndLine() throws IOException {
        wb.addClass("first-steps", "Broken", BROKEN_CLASS);
        body("return Broken.VALUE;");
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps: 2 of 2 tests fail")
                .contains("The static initialiser of Broken (Broken.java:3) threw NumberFormatException: For input string: \"forty-two\"",
                        "The class Broken cannot be used: its static initialiser failed");
    }

    @Test
    void fiftyCompileErrorsAreCountedAndTheFirstTenShown() throws IOException {
        body(FIFTY_COMPILE_ERRORS);
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("DOES NOT COMPILE first-steps: 50 compile errors")
                .contains("FirstSteps.java:8: incompatible types", "... and 40 more");
        assertThat(r.out().lines().count()).isLessThan(30);
    }

    @Test
    void anUntouchedStubIsNotStartedWithoutRunningItsTests() {
        var r = check();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("NOT STARTED first-steps: your stub is as it was")
                .contains("Not started yet: make answer() return 42.", "Edit exercises/src/main/java/exercises/firststeps/FirstSteps.java");
    }
}
