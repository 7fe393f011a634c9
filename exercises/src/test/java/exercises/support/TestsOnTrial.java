package exercises.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
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
import workbook.ch09.HeldTasks;
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
     * How long each of the learner's tests may take against a right implementation (a test that reaches it fails, and
     * its thread is interrupted): a correct test never waits for ever on right code, so this only has to cover a slow
     * start (the first test of a run loads JUnit's and AssertJ's classes: over 2 s at a load of 7 on two cores).
     */
    public static final int SECONDS_AGAINST_RIGHT_CODE = 10;
    /**
     * The same against a wrong implementation, whose waits may never end: a test that times out on one has caught it,
     * and the classes are loaded by then. Short, for a check that may meet several such waits.
     */
    public static final int SECONDS_AGAINST_WRONG_CODE = 2;

    private TestsOnTrial() {}

    /** An implementation the learner's tests are run against: a name, what it does (the hint), and the code. */
    public record Suspect(String name, String whatItDoes, Object implementation) {}

    /**
     * What one run of the learner's tests gave: the tests that ran, each failure as "test: message" by test, the tests
     * skipped or aborted (@Disabled, an assumption), and how many held tasks the tests left waiting at a shut gate.
     */
    record Trial(List<String> tests, Map<String, String> failures, List<String> skipped, int heldAtShutGates,
                 Map<String, Long> millis, Set<String> timedOut, Map<String, Long> fastestByMethod) {}

    /**
     * Runs the tests of {@code tests} one test method at a time (all invocations of a parameterized one together),
     * with {@code implementation} handed in, and stops after the first method that fails: one failure decides, and
     * the tests after it might each wait out their timeout. Then opens any gate the tests left shut, and counts them.
     * The test methods named in {@code leftOut} are not run. With {@code stopAtTheFirstFailure} (against right code,
     * where any failure rejects the tests), the implementation handed in refuses every call once a test has failed, so
     * the other invocations of a parameterized test end at once instead of each waiting out its timeout; their failures
     * are not recorded.
     */
    static Trial run(Class<?> tests, Object implementation, int secondsPerTest, Set<String> leftOut, boolean stopAtTheFirstFailure) {
        var listener = new Listener();
        var stopped = new java.util.concurrent.atomic.AtomicBoolean();
        if (stopAtTheFirstFailure) {
            listener.stopAfterAFailure(stopped);
            implementation = refusingOnce(implementation, stopped);
        }
        // Only this listener: the launcher that runs the exercise's own tests (Maven's, the tool's) must not
        // count the learner's tests as its own.
        var launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
        try (var handedIn = Subjects.handIn(implementation)) {
            var plan = launcher.discover(request(selectClass(tests), secondsPerTest));
            var methods = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                    .filter(id -> id.getSource().filter(MethodSource.class::isInstance).isPresent())
                    .filter(id -> plan.getParent(id).flatMap(TestIdentifier::getSource).filter(ClassSource.class::isInstance).isPresent())
                    .toList();
            if (methods.isEmpty()) launcher.execute(request(selectClass(tests), secondsPerTest), listener); // reports a class that fails
            for (var method : methods) {
                if (leftOut.contains(((MethodSource) method.getSource().orElseThrow()).getMethodName())) continue;
                launcher.execute(request(selectUniqueId(method.getUniqueId()), secondsPerTest), listener);
                if (listener.failed()) break;
            }
        }
        return listener.trial(HeldTasks.openEveryGateLeftShut());
    }

    /** {@code implementation}, refusing every call of its interfaces' methods once {@code stopped} is set. */
    private static Object refusingOnce(Object implementation, java.util.concurrent.atomic.AtomicBoolean stopped) {
        var interfaces = implementation.getClass().getInterfaces();
        if (interfaces.length == 0) return implementation;
        return java.lang.reflect.Proxy.newProxyInstance(interfaces[0].getClassLoader(), interfaces, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> implementation.toString();
                };
            }
            if (stopped.get()) throw new IllegalStateException("not run: a test already failed against this implementation");
            try {
                return method.invoke(implementation, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static LauncherDiscoveryRequest request(DiscoverySelector selector, int secondsPerTest) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selector)
                .configurationParameter("junit.jupiter.execution.timeout.default", secondsPerTest + " s")
                // The test's own thread, interrupted at the timeout: its finally blocks (tasks.open()) have run when
                // JUnit reports it, before the gates left shut are counted. A test that ignores the interrupt runs on
                // until the check's limit, which names where it is stuck.
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SAME_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
    }

    /**
     * What the learner's tests did against the right implementations, per test class (run once per check).
     */
    private static final Map<Class<?>, Rights> AGAINST_THE_RIGHT = new ConcurrentHashMap<>();

    /**
     * The tests against the right implementations: the first rejection, if any, each test's fastest time in ms, and
     * each test method's (the fastest of its invocations against any right implementation).
     */
    private record Rights(Optional<AssertionError> rejected, Map<String, Long> fastest, Map<String, Long> fastestByMethod) {}

    /**
     * A timeout against wrong code is a catch only for a test this much faster than that timeout against right code:
     * a test that takes as long against right code as it is given against wrong code (a timed wait of its own, a spin
     * on the clock) would "catch" every wrong implementation by timing out, whatever it checks.
     */
    private static final long FAST_MILLIS = SECONDS_AGAINST_WRONG_CODE * 1000L / 2;

    /**
     * The learner's tests must pass against every one of {@code rights}; the message names the first that fails
     * and the tests that rejected it.
     */
    public static void mustPassAll(Class<?> tests, List<Suspect> rights, Lesson lesson) {
        notJudgedWhileTheyNap(tests);
        var rejected = againstTheRight(tests, rights, lesson).rejected();
        if (rejected.isPresent()) throw rejected.get();
    }

    /**
     * The learner's tests must fail against {@code wrong}, and pass against every right implementation: a test that
     * fails on everything catches nothing. The message names {@code wrong} and says what it does. Until the tests
     * pass every right implementation, {@code wrong} is not even run (it would prove nothing, and tests that fail
     * by timing out would make the check long).
     */
    public static void mustCatch(Class<?> tests, Suspect wrong, List<Suspect> rights, Lesson lesson) {
        notJudgedWhileTheyNap(tests);
        var againstRight = againstTheRight(tests, rights, lesson);
        if (againstRight.rejected().isPresent()) {
            throw new AssertionError("Not judged yet against " + wrong.name() + ": your tests fail on right code too (see"
                    + " the check that they pass every right implementation), and a test that fails on right code proves"
                    + " nothing when it fails on wrong code. Make them pass every right implementation first.\n  " + lesson);
        }
        // A test method that takes the whole time it is given against wrong code even against right code can only time out
        // against wrong code, which catches nothing: it is not run against it (each such run would cost that time).
        var tooSlow = new java.util.TreeSet<String>();
        againstRight.fastestByMethod().forEach((method, ms) -> {
            if (ms >= SECONDS_AGAINST_WRONG_CODE * 1000L) tooSlow.add(method);
        });
        var trial = run(tests, wrong.implementation(), SECONDS_AGAINST_WRONG_CODE, tooSlow, false);
        if (tooSlow.isEmpty() || !trial.tests().isEmpty() || !trial.failures().isEmpty()) noTests(tests, trial);
        notStarted(tests, trial);
        var caughtBy = trial.failures().keySet().stream()
                .filter(test -> !trial.timedOut().contains(test) || againstRight.fastest().getOrDefault(test, Long.MAX_VALUE) < FAST_MILLIS)
                .toList();
        if (!caughtBy.isEmpty()) {
            gatesOpened("the wrong implementation " + wrong.name() + " (which they caught)", trial);
            return;
        }
        if (!trial.failures().isEmpty()) {
            var slow = trial.failures().keySet().iterator().next();
            throw new AssertionError("Your tests did not catch " + wrong.name() + " by what they check: " + slow + " timed out"
                    + " against it, but it takes " + againstRight.fastest().getOrDefault(slow, 0L) + " ms against right code"
                    + " too, near the " + SECONDS_AGAINST_WRONG_CODE + " s it is given against wrong code. A test that waits"
                    + " (or spins) that long times out on any code; hold the tasks at a gate and wait only for what you need to"
                    + " see.\n  What " + wrong.name() + " does: " + wrong.whatItDoes() + "\n  " + lesson);
        }
        if (!tooSlow.isEmpty()) {
            var slow = tooSlow.first();
            throw new AssertionError("Your tests did not catch " + wrong.name() + " by what they check: " + slow + " takes "
                    + againstRight.fastestByMethod().get(slow) + " ms against right code, as long as or longer than the "
                    + SECONDS_AGAINST_WRONG_CODE + " s each test is given against wrong code, so against it that test could only"
                    + " time out, which tells nothing (it was not run against it)" + (trial.tests().isEmpty() ? "" : ", and your"
                    + " other tests passed against it") + ". A test that waits (or spins) that long times out on any code; hold"
                    + " the tasks at a gate and wait only for what you need to see.\n  What " + wrong.name() + " does: "
                    + wrong.whatItDoes() + "\n  " + lesson);
        }
        throw new AssertionError("Your tests let a wrong implementation through: " + wrong.name() + ".\n  What it does: "
                + wrong.whatItDoes() + "\n  All " + trial.tests().size() + " of your tests passed against it. Write a test"
                + " that fails on it on every run, without sleeping: hold the tasks at a gate your test owns and act only"
                + " on what you have seen happen.\n  " + lesson);
    }

    private static Rights againstTheRight(Class<?> tests, List<Suspect> rights, Lesson lesson) {
        noTimeoutsOfTheirOwn(tests);
        return AGAINST_THE_RIGHT.computeIfAbsent(tests, t -> {
            var fastest = new HashMap<String, Long>();
            var fastestByMethod = new HashMap<String, Long>();
            for (var right : rights) {
                // one test method at a time, stopping at the first that fails: each test that hangs costs 10 s
                var trial = run(tests, right.implementation(), SECONDS_AGAINST_RIGHT_CODE, Set.of(), true);
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("the check was stopped while your tests ran"); // no verdict kept
                }
                noTests(tests, trial);
                notStarted(tests, trial);
                if (!trial.failures().isEmpty()) return new Rights(Optional.of(rejected(right, trial, lesson)), Map.of(), Map.of());
                try {
                    gatesOpened("the right implementation " + right.name(), trial);
                } catch (AssertionError leftShut) {
                    return new Rights(Optional.of(leftShut), Map.of(), Map.of());
                }
                trial.millis().forEach((test, ms) -> fastest.merge(test, ms, Math::min));
                trial.fastestByMethod().forEach((method, ms) -> fastestByMethod.merge(method, ms, Math::min));
            }
            return new Rights(Optional.empty(), Map.copyOf(fastest), Map.copyOf(fastestByMethod));
        });
    }

    private static AssertionError rejected(Suspect right, Trial trial, Lesson lesson) {
        return new AssertionError("Your tests failed a right implementation: " + right.name() + ".\n  What it does: "
                + right.whatItDoes() + "\n  " + trial.failures().size() + " of the " + Math.max(trial.tests().size(), trial.failures().size())
                + " tests run failed (the check stops at the first test method that fails):\n    " + String.join("\n    ", trial.failures().values())
                + "\n  Tests that reject right code would fail a learner who is right: check only what the contract"
                + " promises, and give every task a way to finish.\n  " + lesson);
    }

    /**
     * The learner's tests must not sleep: a test that sleeps passes or fails by the clock, so what it catches on one run
     * it may miss on the next (chapter 09 measured it). Read from the class files, so the verdict does not depend on
     * whether a sleep was reached.
     */
    public static void mustNotSleep(Class<?> tests, List<Suspect> rights) {
        var sleeps = SleepingCalls.in(tests);
        if (sleeps.isEmpty()) {
            againstTheRight(tests, rights, Lesson.YOU_WRITE_THE_TEST); // an untouched stub, or no tests at all, is said
            return;
        }
        throw new AssertionError("Your tests call " + String.join(" and ", sleeps) + ". A test that sleeps, waits a while"
                + " (a timed join, a latch's await with a timeout...) or reads the clock decides by the clock: on a busy"
                + " machine the pause is too short and it misses a wrong program, or it passes only because the program"
                + " happened to be quick. Hold the tasks at a gate your test owns, and wait for what you need to see"
                + " (Watch.awaitWaitingOrEnded, HeldTasks.awaitTheOthersEnded, Caller.join) instead; a loop that looks again"
                + " until a state is reached may step with join(1).\n  " + Lesson.SLEEPING_TESTS);
    }

    /**
     * Tests that nap are not run against the implementations: whatever they catch they catch by the clock (see
     * {@link #mustNotSleep}), and running them would cost their naps against every implementation. (The stub naps
     * nowhere, so "not started yet" still comes first for it.)
     */
    private static void notJudgedWhileTheyNap(Class<?> tests) {
        var sleeps = SleepingCalls.in(tests);
        if (sleeps.isEmpty()) return;
        throw new AssertionError("Not judged: your tests call " + String.join(" and ", sleeps) + ", so what they catch they"
                + " catch by the clock (see the check that your tests never sleep). They were not run against the"
                + " implementations; take the naps out, hold the tasks at a gate and wait for what you need to see, and they"
                + " will be.\n  " + Lesson.SLEEPING_TESTS);
    }

    private static void notStarted(Class<?> tests, Trial trial) {
        var stub = trial.failures().values().stream().filter(TestsOnTrial::isStub).findFirst();
        if (stub.isPresent()) throw new AssertionError("Not started yet: " + stub.get() + "\n  Edit " + Stub.file(tests));
    }

    private static void noTests(Class<?> tests, Trial trial) {
        if (!trial.skipped().isEmpty()) {
            throw new AssertionError("Some of your tests did not run: " + String.join("; ", trial.skipped()) + ". A test that"
                    + " is disabled, or stopped by an assumption, checks nothing: the check needs every test to run.\n  Edit "
                    + Stub.file(tests));
        }
        if (trial.tests().isEmpty()) {
            throw new AssertionError("No test of yours ran: " + tests.getSimpleName() + " has no method annotated @Test"
                    + " (org.junit.jupiter.api.Test) that JUnit could run.\n  Edit " + Stub.file(tests));
        }
    }

    /**
     * The check sets every test's timeout (10 s against right code, 2 s against wrong code, in the test's own thread);
     * a @Timeout of the learner's would replace it (a longer one can use up the check's whole limit, a SEPARATE_THREAD
     * one leaves its test running while the next implementation is handed in).
     */
    private static void noTimeoutsOfTheirOwn(Class<?> tests) {
        var classes = new ArrayList<Class<?>>();
        for (Class<?> c = tests; c != null && c != Object.class; c = c.getSuperclass()) classes.add(c);
        for (int i = 0; i < classes.size(); i++) {
            for (var nested : classes.get(i).getDeclaredClasses()) if (!classes.contains(nested)) classes.add(nested);
        }
        for (var c : classes) {
            var places = new ArrayList<AnnotatedElement>(List.of(c));
            places.addAll(List.of(c.getDeclaredMethods()));
            for (var place : places) {
                if (place.getAnnotation(org.junit.jupiter.api.Timeout.class) != null) {
                    throw new AssertionError("@Timeout on " + place + ": leave it out. The check gives each test its time ("
                            + SECONDS_AGAINST_RIGHT_CODE + " s against right code, " + SECONDS_AGAINST_WRONG_CODE + " s against"
                            + " wrong code, whose waits may never end), and a @Timeout of your own would replace it.\n  Edit "
                            + Stub.file(tests));
                }
            }
        }
    }

    /** A run that left held tasks waiting at a shut gate (the check opened it since): the test did not clean up. */
    private static void gatesOpened(String against, Trial trial) {
        if (trial.heldAtShutGates() == 0) return;
        throw new AssertionError("Against " + against + ", your tests left " + trial.heldAtShutGates() + " held task(s)"
                + " waiting at a HeldTasks gate that nobody opened: their threads would have waited for ever (the check"
                + " opened the gates after your tests). A test that fails, or times out, before tasks.open() leaves them"
                + " there: open the gate in a finally block.\n  " + Lesson.TEST_GATES);
    }

    /** Counts the tests that ran and keeps each failure's test and message. */
    private static final class Listener implements TestExecutionListener {
        private final List<String> tests = new ArrayList<>();
        private final Map<String, String> failures = new LinkedHashMap<>();
        private final List<String> skipped = new ArrayList<>();
        private final Map<String, Long> started = new HashMap<>();
        private final Map<String, Long> millis = new HashMap<>();
        private final Set<String> timedOut = new HashSet<>();
        private final Map<String, Long> fastestByMethod = new HashMap<>();
        private java.util.concurrent.atomic.AtomicBoolean stopAfterAFailure; // see run(..., stopAtTheFirstFailure)
        private final Set<String> startedAfterTheStop = new HashSet<>();

        void stopAfterAFailure(java.util.concurrent.atomic.AtomicBoolean stopped) {
            this.stopAfterAFailure = stopped;
        }

        @Override
        public synchronized void executionStarted(TestIdentifier id) {
            started.put(name(id), System.nanoTime());
            if (stopAfterAFailure != null && stopAfterAFailure.get()) startedAfterTheStop.add(name(id));
        }

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
            var name = name(id);
            var since = started.get(name);
            if (since != null) millis.put(name, (System.nanoTime() - since) / 1_000_000);
            var method = id.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getMethodName());
            if (since != null && id.isTest() && method.isPresent()) fastestByMethod.merge(method.get(), millis.get(name), Math::min);
            if (result.getThrowable().filter(TimeoutException.class::isInstance).isPresent()) timedOut.add(name);
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) { // an assumption that did not hold: not run
                skipped.add(name + ": " + describe(result.getThrowable()));
                return;
            }
            if (id.isTest()) tests.add(name);
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) return;
            if (startedAfterTheStop.contains(name)) return; // refused by the stopped implementation: not the learner's failure
            if (stopAfterAFailure != null && id.isTest()) stopAfterAFailure.set(true);
            // a class or container that fails (a failing @BeforeAll, say) counts as a failing test of its own
            failures.put(name, name + ": " + describe(result.getThrowable()));
        }

        synchronized boolean failed() {
            return !failures.isEmpty();
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier id, String reason) {
            skipped.add(name(id) + ": " + reason);
        }

        synchronized Trial trial(int heldAtShutGates) {
            return new Trial(List.copyOf(tests), Collections.unmodifiableMap(new LinkedHashMap<>(failures)),
                    List.copyOf(skipped), heldAtShutGates, Map.copyOf(millis), Set.copyOf(timedOut), Map.copyOf(fastestByMethod));
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

    /** A test that still throws the stub's exception (its sentence ends so): the learner has not started. */
    private static boolean isStub(String failure) {
        return failure.contains("UnsupportedOperationException") && failure.contains("then delete this line");
    }
}
