package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import workbook.learn.Verdict.Status;

/** Where the checker's class path comes from, and copies of a workbook holding some of its exercises. */
@Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CheckerTest {

    @TempDir
    Path dir;

    @Test
    void exerciseTestsCompileAndRunAgainstTheGivenClassPathAndWorkerJvmsGetItToo() throws IOException {
        var wb = new TempWorkbook(dir, TempWorkbook.CHAPTER_EXERCISE);
        var workbook = wb.workbook();
        var ex = workbook.find(TempWorkbook.CHAPTER_EXERCISE);
        try (var checker = new Checker(workbook, wb.chapterClassPath())) {
            checkTwice(wb, ex, checker);
        }
    }

    private static void checkTwice(TempWorkbook wb, Catalog.Exercise ex, Checker checker) throws IOException {

        var notStarted = checker.check(ex);
        assertThat(notStarted.status()).as(notStarted.headline()).isEqualTo(Status.FAILING);
        assertThat(notStarted.failures()).extracting(Verdict.Failure::message)
                .anySatisfy(m -> assertThat(m).contains("Not started yet"));

        wb.solve(TempWorkbook.CHAPTER_EXERCISE);
        var solved = checker.check(ex);
        assertThat(solved.status()).as(solved.headline() + "\n" + solved.failures()).isEqualTo(Status.DONE);
        assertThat(solved.tests()).as("in the child JVM and in a worker JVM it starts").isEqualTo(2);
    }

    @Test
    void theTestsCompiledOnceAreTakenAgainOnlyWhileTheLearnersApiStaysTheSame() throws IOException {
        var wb = new TempWorkbook(dir, "first-steps");
        var workbook = wb.workbook();
        var ex = workbook.find("first-steps");
        var stub = wb.stub("first-steps");
        try (var checker = new Checker(workbook)) {
            wb.makeMistake("first-steps");
            assertThat(checker.check(ex).status()).isEqualTo(Status.FAILING);
            assertThat(testFolders(workbook)).as("the tests compiled once").hasSize(1);

            wb.solve("first-steps"); // a new body, the same API: the same test classes
            assertThat(checker.check(ex).status()).isEqualTo(Status.DONE);
            assertThat(testFolders(workbook)).hasSize(1);

            // answer() now returns a long: test classes compiled against int answer() would fail with NoSuchMethodError.
            Files.writeString(stub, Files.readString(stub).replace("public static int answer()", "public static long answer()"));
            var longAnswer = checker.check(ex);
            assertThat(longAnswer.status()).as(longAnswer.headline() + "\n" + longAnswer.failures()).isEqualTo(Status.DONE);
            assertThat(testFolders(workbook)).as("compiled again against the new API").hasSize(2);

            Files.writeString(stub, Files.readString(stub).replace("long answer()", "int reply()"));
            var renamed = checker.check(ex);
            assertThat(renamed.status()).isEqualTo(Status.DOES_NOT_COMPILE);
            assertThat(renamed.compileErrors()).anySatisfy(e -> assertThat(e).contains("FirstStepsTest.java").contains("answer"));
        }
    }

    private static List<Path> testFolders(Workbook workbook) throws IOException {
        try (var all = Files.list(workbook.state().resolve("classes"))) {
            return all.filter(p -> p.getFileName().toString().startsWith("tests-first-steps-")).toList();
        }
    }

    /**
     * The solutions module's proof checks each sample folder as the learner's files: the stub's other classes come
     * from the stub, the tests run even on an untouched stub, the verdict keeps which tests passed and each message
     * whole, a sample that ends the JVM gets its verdict and the next check goes on, and nothing goes to .learn/.
     */
    @Test
    void aFolderIsCheckedInPlaceOfTheLearnersFilesWithTheStubsOtherClasses() throws IOException {
        var wb = new TempWorkbook(dir.resolve("workbook"), "first-steps");
        wb.addClass("first-steps", "Half", "final class Half { static int of(int n) { return n / 2; } }");
        var workbook = wb.workbook();
        var ex = workbook.find("first-steps");
        var stub = Files.readString(wb.stub("first-steps"));
        var sample = Files.createDirectories(dir.resolve("sample"));
        var classes = dir.resolve("proof-classes");
        var classPath = System.getProperty("java.class.path");
        try (var checker = new Checker(workbook, classPath, classPath, classes).warm()) {
            var untouched = checker.check(ex);
            assertThat(untouched.passing()).as("the tests ran on the untouched stub, and none passed").isEmpty();
            assertThat(untouched.failures()).hasSize(2);

            Files.writeString(sample.resolve("FirstSteps.java"), stub.replaceFirst("throw new .*;", "return Half.of(84);"));
            var right = checker.check(ex, sample);
            assertThat(right.status()).as(right.headline() + "\n" + right.failures()).isEqualTo(Status.DONE);
            assertThat(right.passing()).containsExactlyInAnyOrder("answersFortyTwo()", "answersTheSameTwice()");

            Files.writeString(sample.resolve("FirstSteps.java"), stub.replaceFirst("throw new .*;", "return Half.of(82);"));
            var wrong = checker.check(ex, sample);
            assertThat(wrong.status()).isEqualTo(Status.FAILING);
            assertThat(wrong.passing()).containsExactly("answersTheSameTwice()");
            assertThat(wrong.failures()).extracting(Verdict.Failure::message)
                    .containsExactly("answer() must return 42; read section #fixture. ==> expected: <42> but was: <41>");

            Files.writeString(sample.resolve("FirstSteps.java"), stub.replaceFirst("throw new .*;", "System.exit(3); return 42;"));
            var exits = checker.check(ex, sample);
            assertThat(exits.status()).isEqualTo(Status.FAILING);
            assertThat(exits.failures()).extracting(Verdict.Failure::message).anySatisfy(m -> assertThat(m).contains("Your code called System.exit(3)"));

            Files.writeString(sample.resolve("FirstSteps.java"), stub.replaceFirst("throw new .*;", "return 42;"));
            assertThat(checker.check(ex, sample).status()).as("the next check, in a new child JVM").isEqualTo(Status.DONE);
        }
        assertThat(Files.readString(wb.stub("first-steps"))).isEqualTo(stub);
        assertThat(classes.resolve("first-steps")).isDirectory();
        assertThat(workbook.state().resolve("classes")).doesNotExist();
    }

    /**
     * The proof of a wrong sample hands the texts it looks for: once the failures contain them all, the tests not begun
     * yet are skipped. Without texts (a learner's check, a right sample), or with texts not all seen, every test runs.
     */
    @Test
    void aCheckThatWasToldWhatToLookForStopsOnceItHasSeenIt() throws IOException {
        var wb = new TempWorkbook(dir.resolve("workbook"), "first-steps");
        var workbook = wb.workbook();
        var ex = workbook.find("first-steps");
        var stub = wb.stub("first-steps").getParent();
        var classPath = System.getProperty("java.class.path");
        try (var checker = new Checker(workbook, classPath, classPath, dir.resolve("proof-classes")).warm()) {
            var enough = checker.check(ex, stub, List.of("Not started", "make answer() return 42"));
            assertThat(enough.failures()).as("one failure holds both texts").hasSize(1);
            assertThat(enough.tests()).as("the other test was skipped").isEqualTo(1);

            var notAllSeen = checker.check(ex, stub, List.of("Not started", "a text no test prints"));
            assertThat(notAllSeen.failures()).hasSize(2);

            var learners = checker.check(ex, stub);
            assertThat(learners.failures()).as("the next check runs every test again").hasSize(2);
            assertThat(learners.tests()).isEqualTo(2);
        }
    }

    @Test
    void withoutTheChaptersClassPathTheTestsDoNotCompile() throws IOException {
        var wb = new TempWorkbook(dir, TempWorkbook.CHAPTER_EXERCISE);
        wb.solve(TempWorkbook.CHAPTER_EXERCISE);
        var workbook = wb.workbook();
        Verdict verdict;
        try (var checker = new Checker(workbook, System.getProperty("java.class.path"))) {
            verdict = checker.check(workbook.find(TempWorkbook.CHAPTER_EXERCISE));
        }
        assertThat(verdict.status()).isEqualTo(Status.DOES_NOT_COMPILE);
        assertThat(verdict.compileErrors()).anySatisfy(e -> assertThat(e).contains("fixture.chapter"));
    }

    @Test
    void theClassPathFileNamedByTheScriptIsUsed() throws IOException {
        var file = Files.writeString(dir.resolve("exercises.classpath"), "/one.jar" + java.io.File.pathSeparator + "/two\n");
        var before = System.getProperty(Checker.CLASS_PATH_FILE);
        System.setProperty(Checker.CLASS_PATH_FILE, file.toString());
        try {
            assertThat(Checker.classPathFromSystem()).isEqualTo("/one.jar" + java.io.File.pathSeparator + "/two");
        } finally {
            if (before == null) System.clearProperty(Checker.CLASS_PATH_FILE);
            else System.setProperty(Checker.CLASS_PATH_FILE, before);
        }
    }

    @Test
    void aCopyHoldsOnlyTheChosenExercisesWithTheirHintsAndTheSharedHelpers() throws IOException {
        var original = new TempWorkbook(dir.resolve("original"), "first-steps", "second-steps", "third-steps").workbook();
        var copy = original.copyWith(dir.resolve("copy"), List.of("third-steps", "first-steps"));
        assertThat(copy.exercises()).containsExactly(original.find("third-steps"), original.find("first-steps"));
        assertThat(copy.stubDir(copy.find("first-steps"))).isDirectory();
        assertThat(copy.stubs().resolve("exercises/secondsteps")).doesNotExist();
        assertThat(copy.tests().resolve("exercises/support/Fixture.java")).isRegularFile();
        try (var checker = new Checker(copy)) {
            assertThat(checker.check(copy.find("first-steps")).status()).isEqualTo(Status.NOT_STARTED);
        }
    }
}
