package workbook.learn;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.learn.Catalog.Exercise;
import workbook.learn.Verdict.Failure;
import workbook.learn.Verdict.Status;

/**
 * Checks one exercise in this JVM: compiles the learner's stub package and the exercise's tests (with the
 * shared test helpers, found on the source path) into a scratch folder with javax.tools, then runs the test
 * class with the JUnit Platform launcher through a fresh child-first class loader, so every check sees the
 * latest edit.
 *
 * <p>The class path comes from the exercises module itself: its build writes its test class path
 * (exercises/target/learn-test.classpath: the chapters the exercises use, JUnit, AssertJ ...), and ./learn
 * hands it to the tool (system property {@value #CLASS_PATH_FILE}). A new chapter dependency in
 * exercises/pom.xml therefore reaches the tool without any change here. Classes the tool itself has (JUnit,
 * AssertJ) are shared with it; the others are loaded once per tool run by one loader for the whole session.
 * While the tests run, {@code java.class.path} names the compiled exercise and that class path, because
 * exercises that start worker JVMs (chapter 03's ProcessPool) give them this JVM's class path.
 */
public final class Checker {

    /** A file holding the exercises' class path (one line, entries separated by the path separator). */
    public static final String CLASS_PATH_FILE = "learn.classpath.file";

    private final Workbook workbook;
    private final String classPath;
    private final ClassLoader libraries;
    private final JavaCompiler javac;
    private final Launcher launcher;
    private final AtomicInteger runs = new AtomicInteger();

    /** A checker using the class path ./learn names ({@value #CLASS_PATH_FILE}), else this JVM's own. */
    public Checker(Workbook workbook) {
        this(workbook, classPathFromSystem());
    }

    /** @param classPath what the exercises' stubs and tests are compiled and run against */
    public Checker(Workbook workbook, String classPath) {
        this.workbook = workbook;
        this.classPath = classPath;
        this.libraries = librariesLoader(classPath);
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new Workbook.LearnerError("This Java (" + System.getProperty("java.home") + ") has no compiler: run ./learn with a JDK 21+, not a JRE.");
        }
        this.launcher = LauncherFactory.create();
    }

    static String classPathFromSystem() {
        var file = System.getProperty(CLASS_PATH_FILE);
        if (file == null) return System.getProperty("java.class.path");
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new Workbook.LearnerError("Cannot read the exercises' class path from " + file + " (" + e.getMessage()
                    + "): delete .learn/tool and run ./learn again to rebuild it.");
        }
    }

    /** The entries of the class path that the tool's own class loader does not already have, in one loader. */
    private static ClassLoader librariesLoader(String classPath) {
        var own = Set.of(System.getProperty("java.class.path").split(File.pathSeparator));
        var extra = Stream.of(classPath.split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !own.contains(e)).map(Path::of).toList();
        var tool = Checker.class.getClassLoader();
        return extra.isEmpty() ? tool : new URLClassLoader("exercise-libraries", ChildFirstLoader.urls(extra), tool);
    }

    public Verdict check(Exercise ex) {
        long start = System.nanoTime();
        var out = workbook.state().resolve("classes").resolve(ex.name());
        deleteTree(out);
        var errors = compile(ex, out);
        if (!errors.isEmpty()) {
            return new Verdict(ex, Status.DOES_NOT_COMPILE, 0, List.of(), errors, "", since(start));
        }
        return run(ex, out, start);
    }

    private List<String> compile(Exercise ex, Path out) {
        var sources = new ArrayList<Path>(workbook.stubFiles(ex));
        if (sources.isEmpty()) {
            return List.of("There are no .java files in " + workbook.relative(workbook.stubDir(ex))
                    + ": put the stub back with ./learn reset " + ex.name());
        }
        var tests = Workbook.javaFiles(workbook.testDir(ex));
        if (tests.isEmpty()) return List.of("The tests of " + ex.name() + " are missing from " + workbook.relative(workbook.testDir(ex)));
        sources.addAll(tests);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var options = List.of("-d", out.toString(), "-cp", classPath,
                    // The shared helpers (exercises.support) and anything else the tests use are found here.
                    "-sourcepath", workbook.stubs() + File.pathSeparator + workbook.tests(),
                    "--release", "21", "-encoding", "UTF-8", "-proc:none", "-Xlint:none", "-nowarn", "-g");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
            var errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(this::describe).distinct().toList();
            if (!ok && errors.isEmpty()) return List.of("javac failed without saying why");
            return ok ? List.of() : errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String describe(Diagnostic<? extends JavaFileObject> d) {
        var where = d.getSource() == null ? "" : workbook.relative(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
        return where + d.getMessage(Locale.ROOT);
    }

    private Verdict run(Exercise ex, Path classes, long start) {
        var failures = new ArrayList<Failure>();
        var tests = new AtomicInteger();
        var captured = new ByteArrayOutputStream();
        var thread = Thread.currentThread();
        var previousLoader = thread.getContextClassLoader();
        PrintStream previousOut = System.out, previousErr = System.err;
        var loader = new ChildFirstLoader(List.of(classes), libraries);
        var previousClassPath = System.getProperty("java.class.path");
        try (var sink = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            thread.setContextClassLoader(loader);
            // Whatever the learner's code prints would bury the verdict; --verbose shows it.
            System.setOut(sink);
            System.setErr(sink);
            System.setProperty("java.class.path", classes + File.pathSeparator + classPath);
            Class<?> testClass = Class.forName(ex.test(), false, loader);
            var request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) tests.incrementAndGet();
                    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) return;
                    var thrown = result.getThrowable().orElse(null);
                    failures.add(new Failure(id.isTest() ? id.getDisplayName() : "(the test class " + id.getDisplayName() + ")",
                            message(thrown), thrown));
                }
            });
        } catch (ClassNotFoundException e) {
            failures.add(new Failure("(loading the tests)", "The test class " + ex.test() + " named in exercises.toml was not compiled from "
                    + workbook.relative(workbook.testDir(ex)), e));
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
            System.setProperty("java.class.path", previousClassPath);
            thread.setContextClassLoader(previousLoader);
            runs.incrementAndGet();
            // The loader is not closed: a thread the learner's code left running may still need its classes.
        }
        var status = failures.isEmpty() ? Status.DONE
                : failures.stream().allMatch(f -> notStarted(f.thrown())) ? Status.NOT_STARTED : Status.FAILING;
        return new Verdict(ex, status, tests.get(), failures, List.of(), captured.toString(StandardCharsets.UTF_8), since(start));
    }

    /** The teaching message alone; exceptions other than assertion failures also name their type. */
    private static String message(Throwable t) {
        if (t == null) return "failed";
        var text = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof AssertionError && !text.isBlank()) return text;
        return t.getClass().getSimpleName() + (text.isBlank() ? "" : ": " + text);
    }

    /** The stub's UnsupportedOperationException, as the harness reports it ("Not started yet: ..."). */
    static boolean notStarted(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof UnsupportedOperationException) return true;
            if (c.getMessage() != null && c.getMessage().startsWith("Not started yet")) return true;
        }
        return false;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (var p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
