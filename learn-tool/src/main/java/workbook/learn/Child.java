package workbook.learn;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM that runs the learner's code and the exercise's tests, so that nothing the learner writes
 * runs in the tool itself. The tool ({@link ChildJvm}) starts it ahead of time; it loads JUnit, says READY,
 * then runs one exercise per RUN request read from its standard input (records of {@link Wire}), each through
 * a fresh {@link ChildFirstLoader}, and answers with records on its standard output. What the learner's code
 * prints goes to a {@link BoundedLines}, sent with the result.
 *
 * <p>Misbehaviour it reports itself:
 * <ul>
 * <li>System.exit / Runtime.exit: the JDK (21+) logs every Runtime.exit call with its status and the caller's
 *     stack to the System.Logger "java.lang.Runtime" at DEBUG level; a java.util.logging handler on that
 *     logger sends them as an EXIT record before the JVM ends. Runtime.halt leaves no trace: the tool sees the
 *     records end without a result, with the halt's status as the exit code.</li>
 * <li>The time limit of a run (one limit for all the tests): a watchdog thread sends the threads that are in
 *     the learner's code, their frames and any deadlock (ThreadMXBean.findDeadlockedThreads) as a STUCK
 *     record, then halts this JVM. The tool kills it anyway if it does not end soon after.</li>
 * <li>Threads started during the run that are still alive after the tests end (LEFTOVER), and
 *     OutOfMemoryError, which JUnit does not report but rethrows.</li>
 * </ul>
 * After any of those the child says it is not clean, and the tool replaces it.
 */
public final class Child {

    /** How long threads started by the learner's code get to end once the tests have ended. */
    static final long LEFTOVER_GRACE_MILLIS = 500;

    private static final PrintStream wire = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    private static final BoundedLines output = new BoundedLines();
    private static volatile boolean toolExiting;
    private static final AtomicReference<String> uncaughtOutOfMemory = new AtomicReference<>();
    /**
     * Held for as long as the JVM runs: java.util.logging keeps loggers only weakly, and a logger collected
     * after its handler was added comes back without it (then System.exit would go unreported).
     */
    private static final Logger RUNTIME_LOG = Logger.getLogger("java.lang.Runtime");

    /**
     * One run: the compiled classes (the exercise's folder, then the shared test helpers' folder), the test
     * class, the limit, and how to tell the learner's frames.
     */
    /**
     * One check. {@code enough}: texts that, once every one of them is in the failure messages so far, make the tests
     * not begun yet be skipped (the proof of a wrong sample needs no more); empty: every test runs, as for a learner.
     */
    record Request(List<Path> classes, String testClass, long limitMillis, String javaPackage, Set<String> stubFiles, String classPath,
            List<String> enough) {
        static Request of(Wire.Record r) {
            return new Request(Arrays.stream(r.field(0).split(java.io.File.pathSeparator)).map(Path::of).toList(), r.field(1), Long.parseLong(r.field(2)), r.field(3),
                    Set.copyOf(Arrays.asList(r.field(4).split(","))), r.field(5), r.field(6).lines().filter(l -> !l.isEmpty()).toList());
        }

        boolean learners(StackTraceElement f) {
            return f.getClassName().startsWith(javaPackage + ".") && stubFiles.contains(String.valueOf(f.getFileName()));
        }

        boolean exercises(StackTraceElement f) {
            return f.getClassName().startsWith(javaPackage + ".");
        }
    }

    private Child() {}

    public static void main(String[] args) throws IOException {
        var requests = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(new byte[0])); // the requests are not the learner's to read
        var printed = new PrintStream(output, true, StandardCharsets.UTF_8);
        System.setOut(printed);
        System.setErr(printed);
        reportExits();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) uncaughtOutOfMemory.compareAndSet(null, t.getName() + ": " + e);
            e.printStackTrace(); // to the learner's output, as the JVM would
        });
        var launcher = LauncherFactory.create();
        warmUp(launcher);
        send("READY");
        send("TIMING", "child JVM: start to ready (JUnit loaded) " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms, CPU " + Timings.cpuMillis() + " ms");
        for (String line; (line = requests.readLine()) != null; ) {
            var r = Wire.decode(line);
            if (r != null && r.type().equals("RUN")) run(launcher, Request.of(r));
        }
        toolExiting = true;
        System.exit(0);
    }

    /**
     * Loads what every run needs before the first request comes, by running {@link ChildWarmUp}'s tests: JUnit's
     * discovery and execution, parameterized tests, timeouts on a separate thread, AssertJ and the thread MXBean.
     */
    private static void warmUp(Launcher launcher) {
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ChildWarmUp.class)).build());
        try {
            Class.forName("org.assertj.core.api.Assertions");
        } catch (ClassNotFoundException | LinkageError e) {
            // not on this class path: the exercises do without it
        }
        ManagementFactory.getThreadMXBean();
    }

    static synchronized void send(String type, Object... fields) {
        wire.println(Wire.encode(type, fields));
        wire.flush();
    }

    /** Sends an EXIT record for every System.exit / Runtime.exit call not made by this class. */
    private static void reportExits() {
        var log = RUNTIME_LOG;
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (toolExiting || record.getThrown() == null) return;
                var message = String.valueOf(record.getThrown().getMessage()); // "Runtime.exit(3)"
                var status = message.replaceAll("\\D+", "");
                send("EXIT", status.isEmpty() ? "?" : status, frames(record.getThrown().getStackTrace()));
                sendOutput();
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    /** Frames as "class|method|file|line" joined by newlines, for the tool to pick the learner's. */
    static String frames(StackTraceElement[] stack) {
        var out = new StringBuilder();
        for (var f : stack) {
            out.append(f.getClassName()).append('|').append(f.getMethodName()).append('|')
                    .append(f.getFileName()).append('|').append(f.getLineNumber()).append('\n');
        }
        return out.toString();
    }

    private static void sendOutput() {
        send("OUTPUT", output.lines(), output.text());
    }

    private static void run(Launcher launcher, Request request) {
        output.reset();
        uncaughtOutOfMemory.set(null);
        var before = new HashSet<>(Thread.getAllStackTraces().keySet());
        var virtualBefore = workbook.testkit.LiveThreads.virtualThreadIds();
        var finished = new CountDownLatch(1);
        var executing = new CountDownLatch(1);
        var watchdog = Thread.ofPlatform().name("learn-watchdog").daemon().start(() -> {
            try {
                // The clock starts when JUnit starts executing (discovery runs none of the learner's code), so
                // a slow start of a fresh JVM on a busy machine does not count against the learner.
                executing.await(request.limitMillis() + TimeUnit.MINUTES.toMillis(1), TimeUnit.MILLISECONDS);
                if (!finished.await(request.limitMillis(), TimeUnit.MILLISECONDS)) {
                    send("STUCK", stuckReport(request));
                    sendOutput();
                    Runtime.getRuntime().halt(3);
                }
            } catch (InterruptedException e) {
                // the run ended
            }
        });
        before.add(watchdog);
        boolean clean = true;
        var tests = new AtomicInteger();
        var loader = new ChildFirstLoader(request.classes(), Child.class.getClassLoader());
        var thread = Thread.currentThread();
        thread.setContextClassLoader(loader);
        // Exercises that start worker JVMs (chapter 03's ProcessPool) give them this JVM's class path.
        System.setProperty("java.class.path", request.classPath());
        var running = new AtomicReference<String>("(loading the tests)");
        var failureMessages = new StringBuilder();
        ProvenAlready.seen = false;
        long received = System.nanoTime();
        var startedAt = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        byte[] reserve = new byte[4 << 20]; // freed on OutOfMemoryError, so the report can be made
        try {
            Class<?> testClass = Class.forName(request.testClass(), false, loader);
            var discovery = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                    .configurationParameter("junit.jupiter.extensions.autodetection.include", ProvenAlready.class.getName())
                    .build();
            launcher.execute(discovery, new TestExecutionListener() {
                @Override
                public void executionStarted(TestIdentifier id) {
                    if (executing.getCount() > 0) send("TIMING", "child: loading the test class and JUnit's discovery " + millisSince(received) + " ms");
                    executing.countDown();
                    startedAt.put(id.getUniqueId(), System.nanoTime());
                    if (id.isTest()) {
                        running.set(id.getDisplayName());
                        send("STARTED", id.getDisplayName());
                    }
                }

                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) tests.incrementAndGet();
                    var began = startedAt.remove(id.getUniqueId());
                    if (began != null && (id.isTest() || id.getParentId().isEmpty())) {
                        send("TIMING", "child: " + (id.isTest() ? "test " + id.getDisplayName() : "every test, with JUnit's work around them") + " " + millisSince(began) + " ms");
                    }
                    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) return;
                    var thrown = result.getThrowable().orElse(null);
                    var message = message(thrown);
                    send("FAILED", id.isTest() ? id.getDisplayName() : "(the test class " + id.getDisplayName() + ")",
                            message, trace(thrown), notStarted(thrown));
                    failureMessages.append(message).append('\n');
                    if (!request.enough().isEmpty() && request.enough().stream().allMatch(t -> failureMessages.indexOf(t) >= 0)) {
                        ProvenAlready.seen = true;
                    }
                }
            });
        } catch (ClassNotFoundException e) {
            send("FAILED", "(loading the tests)", "The test class " + request.testClass() + " (named after the exercise) was not compiled", trace(e), false);
        } catch (OutOfMemoryError e) {
            reserve = null;
            clean = false;
            send("FAILED", running.get(), outOfMemory(e.getMessage(), thread.getName()), trace(e), false);
        } catch (RuntimeException | LinkageError e) {
            send("FAILED", running.get(), message(e), trace(e), false);
        } finally {
            finished.countDown();
            thread.setContextClassLoader(Child.class.getClassLoader());
        }
        if (reserve != null) reserve[0] = 1; // kept alive until here
        var oom = uncaughtOutOfMemory.get();
        if (oom != null) {
            clean = false;
            send("FAILED", running.get(), outOfMemory(oom, "another thread"), "", false);
        }
        clean &= reportLeftovers(before, request);
        clean &= !timersLeft();
        clean &= !VirtualThreads.leftSince(virtualBefore);
        send("TIMING", "child JVM: CPU " + Timings.cpuMillis() + " ms since its start");
        send("FINISHED", tests.get());
        sendOutput();
        send("DONE", clean);
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    static String outOfMemory(String what, String thread) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return "OutOfMemoryError (" + what + ") in " + thread + ": your code kept more objects alive than the "
                + mb + " MB the test JVM has. Look for a collection that only grows, or a loop that never ends while adding to one.";
    }

    /**
     * Threads the run started that are still alive once the tests ended (after a short grace): a non-daemon one
     * would keep a real program from ever exiting, so it fails the check. Returns false when any thread of
     * the run is left, so the tool replaces this JVM.
     */
    private static boolean reportLeftovers(Set<Thread> before, Request request) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LEFTOVER_GRACE_MILLIS);
        var left = new ArrayList<Thread>();
        for (var t : Thread.getAllStackTraces().keySet()) {
            if (before.contains(t) || !t.isAlive()) continue;
            if (!t.isDaemon()) {
                try {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (t.isAlive()) left.add(t);
        }
        var mx = ManagementFactory.getThreadMXBean();
        boolean clean = true;
        var running = new ArrayList<String>();
        for (var t : left) {
            var stack = t.getStackTrace();
            boolean ours = Arrays.stream(stack).anyMatch(request::exercises);
            if (t.isDaemon() && !ours) continue; // JUnit's timeout threads, the common pool: idle and harmless
            clean = false;
            if (t.isDaemon()) continue;
            var info = mx.getThreadInfo(t.threadId(), Integer.MAX_VALUE);
            running.add(info == null ? "thread \"" + t.getName() + "\"" : describe(info, request));
        }
        if (!running.isEmpty()) send("LEFTOVER", String.join("\n", running.stream().distinct().toList())
                + (running.size() > 1 ? "\n(" + running.size() + " threads in all)" : ""));
        return clean;
    }

    /**
     * Whether timers that the run set on CompletableFutures (orTimeout, completeOnTimeout, a delayedExecutor) are still
     * pending once the tests ended. The exercises' tests judge such timers by counting the common pool's delayed tasks
     * (JDK 25+), so a timer of this run going off during the next check would change that check's count, and so its
     * verdict: the child is replaced instead (the likeliest cause of a wrong sample of wait-for-the-cluster passing
     * once, in a proof that checked samples side by side). Counted as the tests count them ({@code CompletableFutureTimers}
     * of the test kit); the bound only stops a busy scheduler from holding up the verdict (a count not settled by then,
     * -1, replaces the child too). Before JDK 25 these timers cannot be counted, by the tests either.
     */
    static boolean timersLeft() {
        if (!workbook.testkit.CompletableFutureTimers.supported()) return false;
        return workbook.testkit.CompletableFutureTimers.settledCount(java.time.Duration.ofSeconds(2)) != 0;
    }

    /** What the watchdog sends when the limit is reached: deadlocks first, then every thread in the exercise's code. */
    static String stuckReport(Request request) {
        var mx = ManagementFactory.getThreadMXBean();
        var text = new StringBuilder();
        long[] deadlocked = mx.findDeadlockedThreads();
        var inDeadlock = new HashSet<Long>();
        if (deadlocked != null) {
            text.append("Deadlock: these threads each wait for a lock another one holds, so none can go on:\n");
            for (var info : mx.getThreadInfo(deadlocked, true, true)) {
                if (info == null) continue;
                inDeadlock.add(info.getThreadId());
                text.append(describe(info, request)).append('\n');
            }
        }
        var learners = new StringBuilder(); // threads in the learner's files first, then those only in the tests
        var tests = new StringBuilder();
        for (var info : mx.dumpAllThreads(true, true)) {
            if (inDeadlock.contains(info.getThreadId())) continue;
            var stack = Arrays.asList(info.getStackTrace());
            if (stack.stream().noneMatch(request::exercises)) continue;
            (stack.stream().anyMatch(request::learners) ? learners : tests).append(describe(info, request)).append('\n');
        }
        var shown = learners.append(tests);
        if (!shown.isEmpty()) {
            text.append(deadlocked == null ? "" : "Other threads in the exercise's code:\n").append(shown);
        } else if (deadlocked == null) {
            text.append("No thread is in the exercise's code any more.\n");
        }
        return text.toString();
    }

    /** A thread, what it waits for, and its frames in the learner's files (else in the tests). */
    static String describe(ThreadInfo info, Request request) {
        var line = new StringBuilder("thread \"" + info.getThreadName() + "\" " + state(info));
        Predicate<StackTraceElement> pick = Arrays.stream(info.getStackTrace()).anyMatch(request::learners)
                ? request::learners : request::exercises;
        int shown = 0;
        var stack = info.getStackTrace();
        if (Arrays.stream(stack).noneMatch(pick)) pick = f -> true; // a thread that left the exercise's code since
        for (var f : stack) {
            if (!pick.test(f)) continue;
            if (shown++ == 4) {
                line.append("\n    ...");
                break;
            }
            line.append("\n    at ").append(simpleName(f.getClassName())).append('.').append(f.getMethodName())
                    .append(" (").append(f.getFileName()).append(':').append(f.getLineNumber()).append(')');
        }
        return line.toString();
    }

    private static String state(ThreadInfo info) {
        var lock = info.getLockInfo();
        var owner = info.getLockOwnerName();
        return switch (info.getThreadState()) {
            case RUNNABLE -> interruptFlagSet(info.getThreadId())
                    ? "is running with its interrupt flag set (a loop that never ends? While the flag is set, every wait such as"
                    + " put(), acquire() or join() throws InterruptedException at once: a loop that catches it, sets the flag"
                    + " again and tries again never waits)"
                    : "is running (a loop that never ends?)";
            case BLOCKED -> "is blocked entering synchronized on " + lock + (owner == null ? "" : ", held by \"" + owner + "\"");
            case WAITING, TIMED_WAITING -> "is waiting" + (lock == null ? "" : " on " + lock) + (owner == null ? "" : ", held by \"" + owner + "\"");
            default -> info.getThreadState().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * Whether the live thread with this id is seen with its interrupt flag set within 50 ms (ThreadInfo does not say).
     * Looked at many times: a loop that catches InterruptedException and sets the flag again has it clear for part of
     * each turn (from the wait that cleared it to the catch block).
     */
    private static boolean interruptFlagSet(long threadId) {
        var thread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.threadId() == threadId).findFirst();
        if (thread.isEmpty()) return false;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        do {
            if (thread.get().isInterrupted()) return true;
            Thread.onSpinWait();
        } while (System.nanoTime() < end);
        return false;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The teaching message alone; exceptions other than assertion failures also name their type. */
    static String message(Throwable t) {
        if (t == null) return "failed";
        if (t instanceof ExceptionInInitializerError e && e.getCause() != null) return failedInitialiser(e.getCause());
        if (t instanceof NoClassDefFoundError && String.valueOf(t.getMessage()).startsWith("Could not initialize class")) {
            var cls = t.getMessage().substring("Could not initialize class".length()).strip();
            return "The class " + simpleName(cls) + " cannot be used: its static initialiser failed when it was first used"
                    + (t.getCause() == null ? "" : " (" + t.getCause().getMessage() + ")") + ".";
        }
        var text = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof AssertionError && !text.isBlank()) return text;
        return t.getClass().getSimpleName() + (text.isBlank() ? "" : ": " + text);
    }

    private static String failedInitialiser(Throwable cause) {
        var where = Arrays.stream(cause.getStackTrace()).filter(f -> f.getMethodName().equals("<clinit>")).findFirst();
        var what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return where.map(f -> "The static initialiser of " + simpleName(f.getClassName()) + " (" + f.getFileName() + ":" + f.getLineNumber()
                        + ") threw " + what + ". A class whose static initialiser fails cannot be used at all.")
                .orElse("A static initialiser threw " + what + ".");
    }

    static String trace(Throwable t) {
        if (t == null) return "";
        var text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** The stub's UnsupportedOperationException, as the harness reports it ("Not started yet: ..."). */
    static boolean notStarted(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof UnsupportedOperationException) return true;
            if (c.getMessage() != null && c.getMessage().startsWith("Not started yet")) return true;
        }
        return false;
    }
}
