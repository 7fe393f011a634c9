package workbook.learn;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * latest edit. JUnit and AssertJ come from the tool's own class path.
 */
public final class Checker {

    private final Workbook workbook;
    private final String classPath;
    private final JavaCompiler javac;
    private final Launcher launcher;
    private final AtomicInteger runs = new AtomicInteger();

    public Checker(Workbook workbook) {
        this.workbook = workbook;
        this.classPath = System.getProperty("learn.classpath", System.getProperty("java.class.path"));
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new Workbook.LearnerError("This Java (" + System.getProperty("java.home") + ") has no compiler: run ./learn with a JDK 21+, not a JRE.");
        }
        this.launcher = LauncherFactory.create();
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
        var loader = new ChildFirstLoader(List.of(classes), Checker.class.getClassLoader());
        try (var sink = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            thread.setContextClassLoader(loader);
            // Whatever the learner's code prints would bury the verdict; --verbose shows it.
            System.setOut(sink);
            System.setErr(sink);
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
