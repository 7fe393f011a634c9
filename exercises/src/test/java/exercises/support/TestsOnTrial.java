package exercises.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.ch09.Subjects;

/**
 * The judge of the exercises where the learner writes the tests: runs the learner's test class (with JUnit, inside
 * this test) once against each implementation the exercise keeps, right or wrong, handed in through chapter 09's
 * {@link Subjects}. A right implementation must pass every test; a wrong one must fail at least one. The
 * implementations are plain code, so the verdict depends only on the learner's tests: the same on every run when
 * those tests control the timing themselves (gates they own, no sleeps).
 */
public final class TestsOnTrial {

    /**
     * Each of the learner's tests gets this long (a test that reaches it fails, and its thread is interrupted), unless
     * it says otherwise with @Timeout: enough for a test that holds its tasks at gates and never sleeps, short enough
     * for a check that runs the tests a dozen times.
     */
    public static final String TEST_TIMEOUT = "2 s";

    private TestsOnTrial() {}

    /** An implementation the learner's tests are run against: a name, what it does (the hint), and the code. */
    public record Suspect(String name, String whatItDoes, Object implementation) {}

    /** What one run of the learner's tests gave: the tests that ran, and each failure as "test: message", by test. */
    public record Trial(List<String> tests, Map<String, String> failures) {

    }

    /** Runs every test of {@code tests} once, with {@code implementation} handed in as the subject. */
    public static Trial run(Class<?> tests, Object implementation) {
        return run(tests, implementation, false);
    }

    /**
     * Runs the tests of {@code tests} one test method at a time (all invocations of a parameterized one together),
     * with {@code implementation} handed in; with {@code untilOneFails}, stops after the first method that fails: a
     * wrong implementation is caught by one failure, and the tests after it might each wait out their timeout.
     */
    static Trial run(Class<?> tests, Object implementation, boolean untilOneFails) {
        var listener = new Listener();
        // Only this listener: the launcher that runs the exercise's own tests (Maven's, the tool's) must not
        // count the learner's tests as its own.
        var launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
        try (var handedIn = Subjects.handIn(implementation)) {
            if (!untilOneFails) {
                launcher.execute(request(selectClass(tests)), listener);
                return listener.trial();
            }
            var plan = launcher.discover(request(selectClass(tests)));
            var methods = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                    .filter(id -> id.getSource().filter(MethodSource.class::isInstance).isPresent())
                    .filter(id -> plan.getParent(id).flatMap(p -> p.getSource()).filter(ClassSource.class::isInstance).isPresent())
                    .toList();
            if (methods.isEmpty()) launcher.execute(request(selectClass(tests)), listener); // reports a class that fails
            for (var method : methods) {
                launcher.execute(request(selectUniqueId(method.getUniqueId())), listener);
                if (listener.failed()) break;
            }
        }
        return listener.trial();
    }

    private static LauncherDiscoveryRequest request(DiscoverySelector selector) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selector)
                .configurationParameter("junit.jupiter.execution.timeout.default", TEST_TIMEOUT)
                // a test that spins or ignores interrupts is left behind at its timeout, and the next one runs
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
    }

    /**
     * What the learner's tests did against the right implementations, per test class: null when they passed every one,
     * else the failure that names the first they rejected. Run once per check.
     */
    private static final Map<Class<?>, Optional<AssertionError>> AGAINST_THE_RIGHT = new ConcurrentHashMap<>();

    /**
     * The learner's tests must pass against every one of {@code rights}; the message names the first that fails
     * and the tests that rejected it.
     */
    public static void mustPassAll(Class<?> tests, List<Suspect> rights, Lesson lesson) {
        var rejected = againstTheRight(tests, rights, lesson);
        if (rejected.isPresent()) throw rejected.get();
    }

    /**
     * The learner's tests must fail against {@code wrong}, and pass against every right implementation: a test that
     * fails on everything catches nothing. The message names {@code wrong} and says what it does. Until the tests
     * pass every right implementation, {@code wrong} is not even run (it would prove nothing, and tests that fail
     * by timing out would make the check long).
     */
    public static void mustCatch(Class<?> tests, Suspect wrong, List<Suspect> rights, Lesson lesson) {
        if (againstTheRight(tests, rights, lesson).isPresent()) {
            throw new AssertionError("Not judged yet against " + wrong.name() + ": your tests fail on right code too (see"
                    + " the check that they pass every right implementation), and a test that fails on right code proves"
                    + " nothing when it fails on wrong code. Make them pass every right implementation first.\n  " + lesson);
        }
        var trial = run(tests, wrong.implementation(), true);
        noTests(tests, trial);
        notStarted(tests, trial);
        if (!trial.failures().isEmpty()) return;
        throw new AssertionError("Your tests let a wrong implementation through: " + wrong.name() + ".\n  What it does: "
                + wrong.whatItDoes() + "\n  All " + trial.tests().size() + " of your tests passed against it. Write a test"
                + " that fails on it on every run, without sleeping: hold the tasks at a gate your test owns and act only"
                + " on what you have seen happen.\n  " + lesson);
    }

    private static Optional<AssertionError> againstTheRight(Class<?> tests, List<Suspect> rights, Lesson lesson) {
        return AGAINST_THE_RIGHT.computeIfAbsent(tests, t -> {
            for (var right : rights) {
                var trial = run(tests, right.implementation());
                noTests(tests, trial);
                notStarted(tests, trial);
                if (!trial.failures().isEmpty()) return Optional.of(rejected(right, trial, lesson));
            }
            return Optional.empty();
        });
    }

    private static AssertionError rejected(Suspect right, Trial trial, Lesson lesson) {
        return new AssertionError("Your tests failed a right implementation: " + right.name() + ".\n  What it does: "
                + right.whatItDoes() + "\n  " + trial.failures().size() + " of your " + trial.tests().size()
                + " tests failed:\n    " + String.join("\n    ", trial.failures().values())
                + "\n  Tests that reject right code would fail a learner who is right: check only what the contract"
                + " promises, and give every task a way to finish.\n  " + lesson);
    }

    /**
     * The learner's tests must not sleep: a test that sleeps passes or fails by the clock, so what it catches on one run
     * it may miss on the next (chapter 09 measured it). Read from the class files, so the verdict does not depend on
     * whether a sleep was reached.
     */
    public static void mustNotSleep(Class<?> tests, List<Suspect> rights) {
        againstTheRight(tests, rights, Lesson.YOU_WRITE_THE_TEST); // an untouched stub, or no tests at all, is said first
        var sleeps = SleepingCalls.in(tests);
        if (sleeps.isEmpty()) return;
        throw new AssertionError("Your tests call " + String.join(" and ", sleeps) + ". A test that sleeps decides by the"
                + " clock: on a busy machine the sleep is too short and it misses a wrong program, or it passes only because"
                + " the program happened to be quick. Hold the tasks at a gate your test owns, and wait for what you need to"
                + " see (Watch.awaitWaitingOrEnded, HeldTasks.awaitTheOthersEnded, Caller.join) instead.\n  "
                + Lesson.SLEEPING_TESTS);
    }

    private static void notStarted(Class<?> tests, Trial trial) {
        var stub = trial.failures().values().stream().filter(TestsOnTrial::isStub).findFirst();
        if (stub.isPresent()) throw new AssertionError("Not started yet: " + stub.get() + "\n  Edit " + Stub.file(tests));
    }

    private static void noTests(Class<?> tests, Trial trial) {
        if (trial.tests().isEmpty()) {
            throw new AssertionError("No test of yours ran: " + tests.getSimpleName() + " has no method annotated @Test"
                    + " (org.junit.jupiter.api.Test) that JUnit could run.\n  Edit " + Stub.file(tests));
        }
    }

    /** Counts the tests that ran and keeps each failure's test and message. */
    private static final class Listener implements TestExecutionListener {
        private final List<String> tests = new ArrayList<>();
        private final Map<String, String> failures = new LinkedHashMap<>();

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
            var name = name(id);
            if (id.isTest()) tests.add(name);
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) return;
            // a class or container that fails (a failing @BeforeAll, say) counts as a failing test of its own
            failures.put(name, name + ": " + describe(result.getThrowable()));
        }

        synchronized boolean failed() {
            return !failures.isEmpty();
        }

        synchronized Trial trial() {
            return new Trial(List.copyOf(tests), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures)));
        }

        /** "theFinalLineComesOnceAfterEveryTask, task 1 of 10 held": the method, and the invocation's name. */
        private static String name(TestIdentifier id) {
            var method = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(MethodSource::getMethodName).orElse(null);
            if (method == null) return id.getDisplayName();
            return id.getDisplayName().startsWith(method) ? id.getDisplayName() : method + ", " + id.getDisplayName();
        }

        private static String describe(Optional<Throwable> thrown) {
            if (thrown.isEmpty()) return "failed";
            var t = thrown.get();
            var message = String.valueOf(t.getMessage()).strip();
            int newline = message.indexOf('\n');
            if (newline > 0) message = message.substring(0, newline) + " ...";
            return t.getClass().getSimpleName() + ": " + message;
        }
    }

    /** A test that still throws the stub's exception: the learner has not started. */
    private static boolean isStub(String failure) {
        return failure.contains("UnsupportedOperationException");
    }
}
