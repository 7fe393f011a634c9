package workbook.learn;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import workbook.learn.Catalog.Exercise;
import workbook.learn.Verdict.Failure;
import workbook.learn.Verdict.Status;

/**
 * Checks one exercise: compiles the learner's stub package into a scratch folder with javax.tools in this JVM
 * (compiling runs none of the learner's code), then runs the exercise's tests in a {@link Child} JVM, never in
 * this one. The shared test helpers (exercises.support) are compiled once per version of their sources, into
 * .learn/classes/support-DIGEST/, and the exercise's tests once per version of their sources and of the API
 * of the learner's classes (see {@link #compile}); both are put on the class path. Watch mode keeps javac's
 * file manager (the class path's jars open) from one check to the next.
 *
 * <p>A child is started ahead of time (when the checker is made, and again as soon as one is discarded), so
 * a check mostly costs compiling and running. A child whose run ended cleanly is kept for the next check; one
 * that ran misbehaving code (System.exit, a thread left running, the time limit, OutOfMemoryError) is
 * discarded. One limit holds for a whole check ({@value #LIMIT_PROPERTY}, default 10 s): the child then
 * reports where the learner's threads are stuck and ends itself; a child that does not is killed a few
 * seconds later, with every process it started.
 *
 * <p>The class path comes from the exercises module itself: its build writes its test class path
 * (exercises/target/learn-test.classpath: the chapters the exercises use, JUnit, AssertJ ...), and ./learn
 * hands it to the tool (system property {@value #CLASS_PATH_FILE}). A new chapter dependency in
 * exercises/pom.xml therefore reaches the tool without any change here. While the tests run, the child's
 * {@code java.class.path} names that class path and then the compiled exercise, because exercises that start
 * worker JVMs (chapter 03's ProcessPool) give them that class path (the jars first, for their AOT cache: see
 * {@link WorkerCache}).
 */
public final class Checker implements AutoCloseable {

    /** A file holding the exercises' class path (one line, entries separated by the path separator). */
    public static final String CLASS_PATH_FILE = "learn.classpath.file";
    /** The time limit of one check, in seconds. */
    public static final String LIMIT_PROPERTY = "learn.limit.seconds";
    /** The same, for the learner: LEARN_LIMIT_SECONDS=30 ./learn check ... on a very busy machine. */
    public static final String LIMIT_VARIABLE = "LEARN_LIMIT_SECONDS";
    /** Where the children keep a class-data archive (set by ./learn), so they start faster. */
    public static final String ARCHIVE_PROPERTY = "learn.child.archive";
    /** The heap of a child JVM (-Xmx), default 512m. */
    public static final String HEAP_PROPERTY = "learn.child.heap";
    /** How long after the limit a child that has not ended by itself is killed. */
    static final Duration GRACE = Duration.ofSeconds(5);
    /** How long a new child may take to start and load JUnit: no learner code runs yet. */
    static final Duration START_LIMIT = Duration.ofSeconds(60);
    /** The compile errors shown; the others are counted. */
    static final int ERRORS_SHOWN = 10;

    private final Workbook workbook;
    private final String classPath;
    private final String toolClassPath; // what the children run with before classPath: the tool's classes and JUnit's launcher
    private final Path classes; // where the compiled classes go
    private final JavaCompiler javac;
    private final Duration limit;
    private volatile Duration checkLimit; // the limit of the check that runs now: the exercise's own, if longer
    private ChildJvm spare;
    private boolean spareReady;
    private final Timings timings = Timings.fromSystem();
    private int checks;

    /** A checker using the class path ./learn names ({@value #CLASS_PATH_FILE}), else this JVM's own. */
    public Checker(Workbook workbook) {
        this(workbook, classPathFromSystem());
    }

    /** @param classPath what the exercises' stubs and tests are compiled and run against */
    public Checker(Workbook workbook, String classPath) {
        this(workbook, classPath, limitFromSystem());
    }

    /** @param limit how long one check may run the learner's code */
    public Checker(Workbook workbook, String classPath, Duration limit) {
        this(workbook, classPath, limit, System.getProperty("java.class.path"), workbook.state().resolve("classes"));
    }

    /**
     * A checker for a program other than ./learn that runs in a JVM of its own class path (the solutions module's
     * proof, in Maven's test JVM): its children run with {@code toolClassPath} (the tool's classes and their
     * dependencies, as ./learn runs the tool) then {@code classPath}, as ./learn's do, and what it compiles goes
     * to {@code classes} instead of .learn/classes/.
     */
    public Checker(Workbook workbook, String classPath, String toolClassPath, Path classes) {
        this(workbook, classPath, limitFromSystem(), toolClassPath, classes);
    }

    private Checker(Workbook workbook, String classPath, Duration limit, String toolClassPath, Path classes) {
        this.workbook = workbook;
        this.classPath = classPath;
        this.toolClassPath = toolClassPath;
        this.classes = classes;
        this.limit = limit;
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new Workbook.LearnerError("This Java (" + System.getProperty("java.home") + ") has no compiler: run ./learn with a JDK 21+, not a JRE.");
        }
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

    /** The limit from {@value #LIMIT_PROPERTY}, else the environment variable {@value #LIMIT_VARIABLE}, else 10 s. */
    static Duration limitFromSystem() {
        var given = System.getProperty(LIMIT_PROPERTY, System.getenv().getOrDefault(LIMIT_VARIABLE, "10"));
        try {
            return Duration.ofMillis((long) (Double.parseDouble(given) * 1000));
        } catch (NumberFormatException e) {
            throw new Workbook.LearnerError(LIMIT_VARIABLE + " must be a number of seconds, not '" + given + "'.");
        }
    }

    Duration limit() {
        return limit;
    }

    /**
     * Starts the child for the next check now, and again after every check that discards one, so a check does
     * not wait for a JVM to start (watch mode). Without it a child is started when a check begins (while javac
     * works) and kept only after a clean run.
     */
    public synchronized Checker warm() {
        keepWarm = true;
        ensureChild();
        WorkerCache.trainInBackground(classPath, archive()); // after a change of JDK: ./learn deleted it, and watch lives long
        return this;
    }

    private boolean keepWarm;

    private synchronized void ensureChild() {
        if (spare == null || !spare.isAlive()) {
            spare = startChild();
            spareReady = false;
        }
    }

    /** Set by ./learn right after it built the tool: {@link #prepareChildCache} runs before the command. */
    public static final String PREPARE_PROPERTY = "learn.prepare.child";

    /**
     * Makes the child JVMs' AOT cache now (JDK 25+, when ./learn names an archive and there is none yet): a
     * child that loads JUnit, runs the warm-up and ends, a few seconds once. Without it the first children of
     * a watch would run without the cache (it is written only by a child that ends cleanly, and watch keeps
     * its children or kills them).
     */
    static void prepareChildCache(java.io.PrintStream progress) {
        var archive = archive();
        if (archive == null || Runtime.version().feature() < 25 || Files.exists(ChildJvm.aotCacheOf(archive))) return;
        progress.println("  preparing the JVM that runs the tests (once: a cache of the classes it loads, so it starts faster)");
        progress.flush();
        // The worker JVMs' cache at the same time, on the other core: the first ./learn waits for the longer of the two.
        var workers = Thread.ofPlatform().name("learn-worker-training").start(() -> WorkerCache.train(classPathFromSystem(), archive));
        try {
            ChildJvm.start(System.getProperty("java.class.path"), classPathFromSystem(), archive, childOptions()).close(); // it warms up, reads no request, ends
        } catch (Workbook.LearnerError e) {
            // no cache: the children start without it, and a later one makes it
        }
        try {
            workers.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> childOptions() {
        // The quick JIT alone: a check runs for about a second, and on two cores the optimising JIT's threads
        // took CPU from the tests (join-every-thread's tests: median 0.64 s against 0.99 s with both JITs).
        var options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx" + System.getProperty(HEAP_PROPERTY, "512m"), "-Dfile.encoding=UTF-8"));
        if (Runtime.version().feature() >= 23) options.add("--sun-misc-unsafe-memory-access=allow");
        // the exercises' tests read the JDK's thread containers (workbook.testkit.LiveThreads), as under Maven
        options.addAll(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"));
        options.addAll(WorkerCache.childOptions(archive())); // for the worker JVMs some tests start
        return options;
    }

    /** The child JVMs' class-data archive that ./learn names, or null. */
    private static Path archive() {
        var archive = System.getProperty(ARCHIVE_PROPERTY);
        return archive == null ? null : Path.of(archive);
    }

    private ChildJvm startChild() {
        return ChildJvm.start(toolClassPath, classPath, archive(), childOptions());
    }

    /**
     * Ends the spare child: an idle one is asked to end (it writes its class-data archive then), one still
     * starting is killed. Every child is killed anyway when this JVM ends.
     */
    @Override
    public synchronized void close() {
        keepWarm = false;
        timings.mark("printing the verdict");
        if (spare != null && spareReady) spare.close();
        else if (spare != null) spare.kill();
        spare = null;
        if (warmFiles != null) {
            try {
                warmFiles.close();
            } catch (IOException e) {
                // nothing to keep
            }
            warmFiles = null;
        }
        timings.mark("ending the child JVM");
        timings.print(System.err);
    }

    /**
     * Stops the check running now, if any, at once (its child is killed), and every later one before it runs
     * the learner's code: for quitting. From any thread.
     */
    public void cancel() {
        cancelled = true;
        var running = this.running;
        if (running != null) running.kill();
    }

    private volatile ChildJvm running;
    private volatile boolean cancelled;

    /** Checks the learner's files of {@code ex} (its stub's folder). */
    public Verdict check(Exercise ex) {
        return check(ex, workbook.stubDir(ex));
    }

    /**
     * Checks the .java files in {@code folder} (and its subfolders) as the learner's files of {@code ex}, as if
     * they were in its stub's folder: the stub's classes that they do not replace are compiled from the stub. For
     * the proof of the exercises (the wrong and right samples), which thus gets the verdict a learner would get. It
     * runs the tests even on an untouched stub (./learn says NOT STARTED without running them, see {@link Progress}).
     */
    public Verdict check(Exercise ex, Path folder) {
        return check(ex, folder, List.of());
    }

    /**
     * As {@link #check(Exercise, Path)}, but the tests not begun yet are skipped once the failure messages so far
     * contain every one of {@code enough}: the proof of a wrong sample, which needs those texts and nothing more.
     */
    public Verdict check(Exercise ex, Path folder, List<String> enough) {
        long start = System.nanoTime();
        timings.mark(checks++ == 0 ? "the tool's JVM: from its start to the check (loading the tool, the catalogue, the stub's digest)"
                : "since the last check (watch: waiting for a save)");
        ensureChild(); // the child starts while javac works
        timings.mark("starting the child JVM's process (or taking the warm one)");
        var out = classes.resolve(ex.name());
        var files = Workbook.javaFiles(folder);
        Compiled compiled;
        synchronized (compiling) { // after a compile ahead that is still under way
            timings.mark("waiting for a compile ahead to end (watch: the untouched stub's, in the background)");
            deleteTree(out);
            var support = supportClasses();
            timings.mark("the shared test helpers (exercises.support): compiled once per version, else taken as they are");
            compiled = compile(ex, folder, files, out, support, timings);
        }
        if (!compiled.errors().isEmpty()) {
            timings.print(System.err);
            return new Verdict(ex, Status.DOES_NOT_COMPILE, 0, List.of(), List.of(), compiled.errors(), "", since(start));
        }
        try {
            var verdict = run(ex, files, compiled.folders(), start, enough);
            timings.print(System.err);
            return verdict;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Workbook.LearnerError("Interrupted while checking " + ex.name() + ".");
        }
    }

    private final Object compiling = new Object();

    /**
     * Watch, on an untouched stub (whose check compiles nothing): compiles it and its tests now, in the background,
     * into a folder of their own, so that the learner's first save finds javac warm (its first compile in this JVM
     * took 0.78 s against 0.15 s for the next ones, in one watch at load 4.6) and the tests compiled against the
     * stub's API (the learner's usually has the same). A check waits for it to end. Nothing of it is shown; it runs
     * none of the learner's code.
     */
    public void compileAhead(Exercise ex) {
        if (!keepWarm) return;
        Thread.ofPlatform().daemon().name("learn-compile-ahead").start(() -> {
            synchronized (compiling) {
                var out = classes.resolve(ex.name() + "-ahead");
                try {
                    deleteTree(out);
                    compile(ex, workbook.stubDir(ex), workbook.stubFiles(ex), out, supportClasses(), Timings.off());
                    deleteTree(out);
                } catch (RuntimeException e) {
                    // nothing is lost: the check compiles it all again
                }
            }
        });
    }

    /**
     * The shared test helpers (exercises.support), compiled once into .learn/classes/support-DIGEST/ for each
     * version of their sources, so a check compiles only the learner's files and the exercise's tests. Null
     * when they cannot be compiled on their own: then each check compiles them from source, as it finds them.
     */
    private Path supportClasses() {
        var sources = Workbook.javaFiles(workbook.tests().resolve("exercises").resolve("support"));
        if (sources.isEmpty()) return null;
        var dir = classes.resolve("support-" + Progress.digestOf(workbook, sources).substring(0, 16));
        if (Files.isDirectory(dir)) return dir;
        try {
            Files.createDirectories(dir.getParent());
            var scratch = Files.createTempDirectory(dir.getParent(), "support-");
            if (!javac(sources, scratch, List.of(), new DiagnosticCollector<>())) {
                deleteTree(scratch);
                return null;
            }
            try {
                Files.move(scratch, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException another) { // another ./learn put its copy there first
                deleteTree(scratch);
            }
            return Files.isDirectory(dir) ? dir : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean javac(List<Path> sources, Path out, List<String> classPathFirst, DiagnosticCollector<JavaFileObject> diagnostics) {
        return javac(sources, out, classPathFirst, workbook.stubs() + File.pathSeparator + workbook.tests(), diagnostics);
    }

    /**
     * @param sourcePath where javac finds the sources of anything else they use (the shared helpers when they
     *        are not compiled yet)
     * @param listeners told about each class javac has analysed
     */
    private boolean javac(List<Path> sources, Path out, List<String> classPathFirst, String sourcePath,
                          DiagnosticCollector<JavaFileObject> diagnostics, TaskListener... listeners) {
        var files = fileManager();
        try {
            return javac(files, files.getJavaFileObjectsFromPaths(sources), out, classPathFirst, sourcePath, List.of(), diagnostics,
                    listeners);
        } finally {
            releaseFileManager(files);
        }
    }

    private boolean javac(StandardJavaFileManager files, Iterable<? extends JavaFileObject> sources, Path out, List<String> classPathFirst,
                          String sourcePath, List<String> moreOptions, DiagnosticCollector<JavaFileObject> diagnostics,
                          TaskListener... listeners) {
        var path = new ArrayList<>(classPathFirst);
        path.add(classPath);
        var options = new ArrayList<>(List.of("-d", out.toString(), "-cp", String.join(File.pathSeparator, path), "-sourcepath", sourcePath,
                "--release", "21", "-encoding", "UTF-8", "-proc:none", "-Xlint:none", "-nowarn", "-g"));
        options.addAll(moreOptions);
        var task = (JavacTask) javac.getTask(null, files, diagnostics, options, null, sources);
        for (var listener : listeners) {
            if (listener instanceof OwnWaitsRewrite rewrite) rewrite.attach(task);
            task.addTaskListener(listener);
        }
        return task.call();
    }

    private StandardJavaFileManager warmFiles; // kept between checks in watch mode: the jars stay open

    /** javac's view of the files: watch mode keeps one (with the class path's jars open and read), else one per compile. */
    private synchronized StandardJavaFileManager fileManager() {
        if (warmFiles != null) {
            var files = warmFiles;
            warmFiles = null;
            return files;
        }
        return javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    private synchronized void releaseFileManager(StandardJavaFileManager files) {
        try {
            if (keepWarm && warmFiles == null) {
                files.flush();
                warmFiles = files;
            } else {
                files.close();
            }
        } catch (IOException e) {
            // a file manager that cannot flush is not kept
        }
    }

    /** What a compile gave: the errors, else the class folders to run (the learner's, the tests', the helpers'). */
    private record Compiled(List<String> errors, String folders) {}

    /**
     * Compiles the learner's files alone, then takes the exercise's tests as compiled before against a stub
     * with the same API, or compiles them now against the learner's classes and keeps them for next time: a
     * check mostly saves javac's work on the tests. The tests' classes are kept, in
     * .learn/classes/tests-NAME-DIGEST/, per digest of the tests' sources, the helpers' version, the class
     * path and the API of the learner's classes (every type and member but the private ones, with their
     * modifiers, types, supertypes and constant values: what compiling a test against them can depend on).
     */
    private Compiled compile(Exercise ex, Path folder, List<Path> stubs, Path out, Path support, Timings t) {
        if (stubs.isEmpty()) {
            return failed("There are no .java files in " + workbook.relative(folder)
                    + (folder.equals(workbook.stubDir(ex)) ? ": put the stub back with ./learn reset " + ex.name() : ""));
        }
        var tests = Workbook.javaFiles(workbook.testDir(ex));
        if (tests.isEmpty()) return failed("The tests of " + ex.name() + " are missing from " + workbook.relative(workbook.testDir(ex)));
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var helpers = support == null ? List.<String>of() : List.of(support.toString());
        var api = new Api();
        var ownWaits = new OwnWaitsRewrite();
        var stubDiagnostics = new DiagnosticCollector<JavaFileObject>();
        var errors = errors(javac(stubs, out, helpers, workbook.stubs().toString(), stubDiagnostics, api, ownWaits), stubDiagnostics);
        t.mark("javac: the learner's files");
        if (!errors.isEmpty()) return failed(errors);
        if (ownWaits.any()) {
            var failed = redirectOwnWaits(ownWaits, out, helpers);
            t.mark(failed == null ? "javac: the learner's files whose timed waits on objects of their own go through OwnWaits"
                    : "javac: the learner's files with their timed waits redirected did not compile, so they run as written: " + failed);
        }
        var key = Progress.digestOf(workbook, tests) + String.join(File.pathSeparator, helpers) + classPath + api.text();
        var testClasses = classes.resolve("tests-" + ex.name() + "-" + digest(key).substring(0, 16));
        if (!Files.isDirectory(testClasses)) {
            var firstOnPath = new ArrayList<String>(List.of(out.toString()));
            firstOnPath.addAll(helpers);
            try {
                var scratch = Files.createTempDirectory(testClasses.getParent(), "tests-");
                var diagnostics = new DiagnosticCollector<JavaFileObject>();
                errors = errors(javac(tests, scratch, firstOnPath, workbook.tests().toString(), diagnostics), diagnostics);
                if (!errors.isEmpty()) {
                    deleteTree(scratch);
                    t.mark("javac: the tests, against the learner's classes");
                    return failed(errors);
                }
                try {
                    Files.move(scratch, testClasses, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException another) { // another ./learn put its copy there first
                    deleteTree(scratch);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            t.mark("javac: the tests, against the learner's classes (kept for a stub with the same API)");
        } else {
            t.mark("the tests: compiled before against the same API, taken as they are");
        }
        var folders = new ArrayList<String>(List.of(out.toString(), testClasses.toString()));
        folders.addAll(helpers);
        return new Compiled(List.of(), String.join(File.pathSeparator, folders));
    }

    /**
     * Compiles again the learner's files with timed waits on objects of their own ({@link OwnWaitsRewrite}), with those
     * calls redirected, and puts their classes in {@code out} in place of the first ones. Should that compile fail
     * (a name of the learner's hiding the class it calls), the first classes stay and the check goes on as before;
     * the first error is returned for the timings ({@code LEARN_TIMINGS=1}), else null.
     */
    private String redirectOwnWaits(OwnWaitsRewrite ownWaits, Path out, List<String> helpers) {
        try {
            var scratch = Files.createTempDirectory(out.getParent(), "own-waits-");
            try {
                var sources = new ArrayList<JavaFileObject>();
                ownWaits.rewritten().forEach((file, text) -> sources.add(new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return text;
                    }
                }));
                var firstOnPath = new ArrayList<String>(List.of(out.toString()));
                firstOnPath.addAll(helpers);
                var diagnostics = new DiagnosticCollector<JavaFileObject>();
                var files = fileManager();
                boolean ok;
                try {
                    // -implicit:none: only the rewritten files' classes land in out, never a helper's found by source
                    ok = javac(files, sources, scratch, firstOnPath, workbook.stubs() + File.pathSeparator + workbook.tests(),
                            List.of("-implicit:none"), diagnostics);
                } finally {
                    releaseFileManager(files);
                }
                if (!ok) return errors(false, diagnostics).getFirst();
                try (var classFiles = Files.walk(scratch)) {
                    for (var c : classFiles.filter(Files::isRegularFile).toList()) {
                        var target = out.resolve(scratch.relativize(c).toString());
                        Files.createDirectories(target.getParent());
                        Files.move(c, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                return null;
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compiled failed(String error) {
        return failed(List.of(error));
    }

    private static Compiled failed(List<String> errors) {
        return new Compiled(errors, null);
    }

    /** The errors javac reported, described for the learner; empty when it succeeded. */
    private List<String> errors(boolean ok, DiagnosticCollector<JavaFileObject> diagnostics) {
        var errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(this::describe).distinct().toList();
        if (!ok && errors.isEmpty()) return List.of("javac failed without saying why");
        return ok ? List.of() : errors;
    }

    /** The API of the classes javac analyses: their non-private types and members, as text, in a stable order. */
    private static final class Api implements TaskListener {
        private final java.util.TreeMap<String, String> types = new java.util.TreeMap<>();

        @Override
        public void finished(TaskEvent e) {
            if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null) {
                var text = new StringBuilder();
                describe(e.getTypeElement(), text);
                types.put(e.getTypeElement().getQualifiedName().toString(), text.toString());
            }
        }

        String text() {
            return String.join("\n", types.values());
        }

        private static void describe(Element e, StringBuilder text) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) return;
            text.append(e.getKind()).append(' ').append(e.getModifiers()).append(' ').append(e.getSimpleName()).append(' ').append(e.asType());
            if (e instanceof TypeElement t) {
                text.append(" extends ").append(t.getSuperclass()).append(" implements ").append(t.getInterfaces())
                        .append(" permits ").append(t.getPermittedSubclasses()).append(" <").append(bounds(t.getTypeParameters())).append('>');
            }
            if (e instanceof ExecutableElement m) {
                text.append(" <").append(bounds(m.getTypeParameters())).append("> throws ").append(m.getThrownTypes())
                        .append(" varargs ").append(m.isVarArgs()).append(" default ").append(m.getDefaultValue());
            }
            if (e instanceof VariableElement v) text.append(" = ").append(v.getConstantValue());
            text.append('\n');
            for (var member : e.getEnclosedElements()) describe(member, text);
        }

        private static String bounds(List<? extends TypeParameterElement> parameters) {
            return parameters.stream().map(p -> p.getSimpleName() + " extends " + p.getBounds()).collect(Collectors.joining(", "));
        }
    }

    private static String digest(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String describe(Diagnostic<? extends JavaFileObject> d) {
        var where = d.getSource() == null ? "" : workbook.relative(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
        return where + d.getMessage(Locale.ROOT);
    }

    /** Takes the spare child, waiting until it has loaded JUnit; null (and a failure) when it could not start. */
    private synchronized ChildJvm readyChild() throws InterruptedException {
        ensureChild();
        var child = spare;
        spare = null;
        if (!spareReady) {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            Wire.Record r;
            while ((r = child.next(deadline)) != null && !r.type().equals("READY")) {
                if (r.type().equals(ChildJvm.END)) break;
            }
            if (r == null || !r.type().equals("READY")) {
                child.kill();
                throw new Workbook.LearnerError("The JVM that runs the tests did not start"
                        + (r == null ? " within " + START_LIMIT.toSeconds() + " s" : " (exit code " + r.field(0) + ")") + ":\n"
                        + Verdict.indent(child.stray.text(), "  | "));
            }
        }
        return child;
    }

    private Verdict run(Exercise ex, List<Path> files, String folders, long start, List<String> enough) throws InterruptedException {
        var child = readyChild();
        timings.mark("waiting for the child JVM to be ready (JUnit loaded)");
        running = child;
        if (cancelled) child.kill();
        var stubNames = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(","));
        // Some exercises start processes or a cluster: they may take longer than the tool's usual limit (exercises.toml's limit).
        var limit = ex.limitSeconds() > this.limit.toSeconds() ? Duration.ofSeconds(ex.limitSeconds()) : this.limit;
        checkLimit = limit;
        // The class path worker JVMs get (see WorkerCache): the exercises' jars first, as the workers' AOT cache requires.
        child.send("RUN", folders, ex.test(), limit.toMillis(), ex.javaPackage(), stubNames, classPath + File.pathSeparator + folders,
                String.join("\n", enough));
        var run = new Run(ex, stubNames);
        long deadline = System.nanoTime() + limit.plus(GRACE).toNanos();
        boolean testsStarted = false;
        Wire.Record r;
        while ((r = child.next(deadline)) != null && run.take(r)) {
            if (!testsStarted && r.type().equals("STARTED")) {
                // The child's clock starts with the tests (a busy machine may take long to get there): so does this one.
                testsStarted = true;
                deadline = Math.max(deadline, System.nanoTime() + limit.plus(GRACE).toNanos());
            }
        }
        running = null;
        timings.mark("running the tests in the child (discovery, the tests, the check for threads left running)");
        if (r == null) {
            child.kill();
            run.killed(limit.plus(GRACE));
        }
        synchronized (this) {
            if (run.clean && spare == null) {
                spare = child;
                spareReady = true;
            } else {
                child.kill();
                if (keepWarm) ensureChild(); // a fresh child for the next check, started now
            }
        }
        if (!run.done && r != null && run.stuck == null && run.exit == null) run.endedAbruptly(child);
        return run.verdict(since(start));
    }

    /** What the child said about one run, turned into failures with teaching messages. */
    private final class Run {
        private final Exercise ex;
        private final List<String> stubFiles;
        private final List<Failure> failures = new ArrayList<>();
        private final List<Boolean> notStarted = new ArrayList<>();
        private final List<String> startedTests = new ArrayList<>();
        private String running;
        private int tests;
        private int started;
        private String output = "";
        private String stuck;
        private String exit;
        boolean done;
        boolean clean;
        private String exitCode;

        Run(Exercise ex, String stubFiles) {
            this.ex = ex;
            this.stubFiles = List.of(stubFiles.split(","));
        }

        /** Takes one record in; false once the run is over. */
        boolean take(Wire.Record r) {
            switch (r.type()) {
                case "STARTED" -> {
                    running = r.field(0);
                    startedTests.add(running);
                    started++;
                }
                case "FAILED" -> fail(r.field(0), r.field(1), r.field(2), Boolean.parseBoolean(r.field(3)));
                case "FINISHED" -> tests = Integer.parseInt(r.field(0));
                case "OUTPUT" -> output = r.field(1);
                case "TIMING" -> timings.note(r.field(0));
                case "LEFTOVER" -> fail("(after the tests)", """
                        A thread your code started is still running after the tests ended. A program with such a thread \
                        never exits: every thread that is not a daemon keeps the JVM alive. Make each one end (join it, \
                        shut the pool down, let its loop stop).
                        """ + r.field(0), "", false);
                case "STUCK" -> {
                    stuck = r.field(0);
                    fail(runningTest(), "Stopped after " + seconds(checkLimit) + ": the tests had not ended, so your code is stuck "
                            + "(a loop that never ends, a deadlock, a wait that nothing ends), or this machine is very busy ("
                            + LIMIT_VARIABLE + "=30 ./learn ... gives it longer). Where its threads were:\n" + stuck, "", false);
                }
                case "EXIT" -> {
                    exit = r.field(0);
                    fail(runningTest(), exitMessage(r.field(0), r.field(1)), "", false);
                }
                case "DONE" -> {
                    done = true;
                    clean = Boolean.parseBoolean(r.field(0));
                    return false;
                }
                case ChildJvm.END -> {
                    exitCode = r.field(0);
                    return false;
                }
                default -> {
                    // a record from a newer child: ignored
                }
            }
            return true;
        }

        private void fail(String test, String message, String trace, boolean notStartedYet) {
            failures.add(new Failure(test, message, trace));
            notStarted.add(notStartedYet);
        }

        private String runningTest() {
            return running == null ? "(loading the tests)" : running;
        }

        void killed(Duration after) {
            fail(runningTest(), "Stopped after " + seconds(after) + ": the JVM running your code did not answer any more, so it was killed.", "", false);
        }

        void endedAbruptly(ChildJvm child) {
            fail(runningTest(), "The JVM running your code stopped at once (exit code " + exitCode + ") before the tests ended, without "
                    + "System.exit: Runtime.getRuntime().halt(" + exitCode + ") does that, or a crash of the JVM. Nothing after it ran."
                    + (child.stray.lines() == 0 ? "" : " What it printed last:\n" + Verdict.indent(child.stray.text(), "| ")), "", false);
        }

        /** "Your code called System.exit(0) in runAllThenPrint, JoinEveryThread.java:31 ...". */
        private String exitMessage(String status, String frames) {
            var lines = frames.lines().map(l -> l.split("\\|", -1)).filter(f -> f.length == 4).toList();
            boolean viaSystem = lines.stream().anyMatch(f -> f[0].equals("java.lang.System") && f[1].equals("exit"));
            var call = (viaSystem ? "System.exit(" : "Runtime.getRuntime().exit(") + status + ")";
            var ours = lines.stream().filter(f -> f[0].startsWith(ex.javaPackage() + ".") && stubFiles.contains(f[2])).findFirst()
                    .or(() -> lines.stream().filter(f -> f[0].startsWith(ex.javaPackage() + ".")).findFirst());
            var where = ours.map(f -> " in " + f[1] + ", " + f[2] + ":" + f[3]).orElse("");
            return "Your code called " + call + where + ". That ends the whole JVM at once: the tests, and in a real "
                    + "program every other thread, without finishing their work. Return (or throw an exception) instead; "
                    + "only main should decide that the program is over.";
        }

        Verdict verdict(Duration took) {
            var status = failures.isEmpty() ? Status.DONE
                    : notStarted.stream().allMatch(b -> b) ? Status.NOT_STARTED : Status.FAILING;
            return new Verdict(ex, status, Math.max(tests, started), failures, passing(), List.of(), output, took);
        }

        /** The tests that started and did not fail (one failure takes one test of its name: names may repeat). */
        private List<String> passing() {
            var passing = new ArrayList<>(startedTests);
            for (var f : failures) passing.remove(f.test());
            return passing;
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.0f s", d.toMillis() / 1000.0);
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
