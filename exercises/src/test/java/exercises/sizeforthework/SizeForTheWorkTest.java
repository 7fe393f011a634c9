package exercises.sizeforthework;

import exercises.support.Lesson;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Pure arithmetic, so every check is exact: the cores are given (never this machine's), and every expected size
 * is a whole number of threads worked out by hand from the formula.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class SizeForTheWorkTest {

    private static final String FILE = exercises.support.Stub.file(SizeForTheWork.class);

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private static String show(Duration d) {
        if (d == null) return "null";
        double millis = d.toNanos() / 1e6;
        return (millis == Math.rint(millis) ? String.valueOf((long) millis) : String.valueOf(millis)) + " ms";
    }

    /** Calls the learner's code; a stub or an unexpected exception becomes a message that says what to do. */
    private static int call(String call, Callable<Integer> code) {
        try {
            return code.call();
        } catch (UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        } catch (Exception e) {
            throw new AssertionError(call + " threw " + e + ", but that input is valid and has an answer.", e);
        }
    }

    @Test
    void cpuBoundWorkGetsOneThreadPerCore() {
        int machine = Runtime.getRuntime().availableProcessors();
        for (int cores : new int[] {1, 2, 3, 7, 64}) {
            int got = call("cpuBoundPoolSize(" + cores + ")", () -> SizeForTheWork.cpuBoundPoolSize(cores));
            if (got != cores) {
                var why = got == machine && cores != machine
                        ? " That is this machine's availableProcessors(); use the cores you were given, so the answer holds on every machine."
                        : " Work that never waits keeps one core busy per thread: more threads than cores only take turns on them.";
                throw new AssertionError("cpuBoundPoolSize(" + cores + ") returned " + got + ", expected " + cores + "." + why
                        + "\n  " + Lesson.CPU_BOUND);
            }
        }
    }

    private record Io(int cores, Duration waitTime, Duration computeTime, int expected, String reason) {}

    @Test
    void workThatWaitsGetsNTimesOnePlusWOverC() {
        var cases = new Io[] {
            new Io(2, ms(10), ms(1), 22, "2 x (1 + 10/1) = 22"),
            new Io(8, ms(90), ms(10), 80, "8 x (1 + 90/10) = 80"),
            new Io(4, ms(0), ms(5), 4, "no wait at all is CPU-bound work: 4 x (1 + 0) = 4"),
            new Io(2, ms(15), ms(10), 5, "2 x (1 + 1.5) = 5"),
            new Io(3, ms(1), ms(4), 4, "3 x (1 + 0.25) = 3.75, rounded up to 4"),
            new Io(1, ms(1), ms(4), 2, "1 x (1 + 0.25) = 1.25, rounded up to 2"),
            new Io(2, ms(1), Duration.ofNanos(250_000), 10, "2 x (1 + 1/0.25) = 10"),
            // Tiny fractions: a float (about 7 digits) loses them, and so does "minus a little" before rounding up.
            new Io(2, Duration.ofNanos(1), Duration.ofSeconds(1), 3,
                    "2 x (1 + 1 ns / 1 s) = 2.000000002, rounded up to 3 (a float, or taking a little off before Math.ceil,"
                            + " loses that fraction: compute exactly, e.g. Math.ceilDiv on the nanoseconds, or in double)"),
            new Io(1, Duration.ofNanos(1), ms(1), 2, "1 x (1 + 1 ns / 1 ms) = 1.000001, rounded up to 2 (taking a little off"
                    + " before Math.ceil loses that fraction)"),
        };
        for (var c : cases) {
            String call = "ioBoundPoolSize(" + c.cores() + ", wait " + show(c.waitTime()) + ", compute " + show(c.computeTime()) + ")";
            int got;
            try {
                got = call(call, () -> SizeForTheWork.ioBoundPoolSize(c.cores(), c.waitTime(), c.computeTime()));
            } catch (AssertionError e) {
                if (c.computeTime().toMillis() == 0 && !e.getMessage().startsWith("Not started")) {
                    throw new AssertionError(e.getMessage() + " A compute time under a millisecond is 0 in Duration.toMillis():"
                            + " work in toNanos() (or keep the Duration) so that short tasks keep their size.\n  " + Lesson.LITTLES_LAW, e);
                }
                throw e;
            }
            if (got != c.expected()) {
                var msg = new StringBuilder(call + " returned " + got + ", expected " + c.expected() + ": " + c.reason() + ".");
                long w = c.waitTime().toNanos(), cc = c.computeTime().toNanos();
                long integerDivision = c.cores() * (1 + w / cc);
                int truncated = (int) (c.cores() * (1 + (double) w / cc));
                if (got == integerDivision && integerDivision != truncated) {
                    msg.append(" W/C was computed by integer division, which drops the fraction (15/10 is 1 in long arithmetic):"
                            + " divide as double, or compute N * (C + W) / C and round that up.");
                } else if (got == truncated) {
                    msg.append(" The result was rounded down: a fraction of a thread left out leaves the cores idle part of the time,"
                            + " so round up (Math.ceil, or Math.ceilDiv on whole numbers).");
                } else if (got == (int) Math.ceil(c.cores() * (1 + (double) cc / Math.max(1, w)))) {
                    msg.append(" W and C look swapped: the longer a task waits compared with computing, the MORE threads it needs.");
                } else if (c.computeTime().toMillis() == 0) {
                    msg.append(" A compute time under a millisecond is 0 in Duration.toMillis(): work in toNanos().");
                }
                throw new AssertionError(msg + "\n  " + Lesson.LITTLES_LAW);
            }
        }
    }

    /**
     * Sizes beyond what an int holds (64 cores, tasks that wait two days for each nanosecond of work, or a throughput
     * of 10^12 tasks a second at a second each) have no int answer: the method must throw, or at least say "as many as
     * an int holds" (Integer.MAX_VALUE, what a cast of a too-large double gives), not return a number that wrapped
     * around in long or int arithmetic.
     */
    @Test
    void aSizeTooLargeForAnIntIsAnErrorNotAWrappedNumber() {
        tooLarge("ioBoundPoolSize(64, 2 days, 1 ns)",
                () -> SizeForTheWork.ioBoundPoolSize(64, Duration.ofDays(2), Duration.ofNanos(1)));
        tooLarge("ioBoundPoolSize(2_000_000_000, 1 ms, 1 ms)",
                () -> SizeForTheWork.ioBoundPoolSize(2_000_000_000, ms(1), ms(1)));
        tooLarge("threadsForThroughput(1e12, 1 s)", () -> SizeForTheWork.threadsForThroughput(1e12, Duration.ofSeconds(1)));
    }

    private static void tooLarge(String call, Callable<Integer> code) {
        int answer;
        try {
            answer = code.call();
        } catch (UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        } catch (Exception e) {
            return; // ArithmeticException (Math.multiplyExact, toIntExact) or IllegalArgumentException: said, not wrapped
        }
        if (answer == Integer.MAX_VALUE) return; // saturated: no pool has that many threads, and nothing wrapped
        throw new AssertionError(call + " returned " + answer + ", but the right size is more than an int can hold ("
                + Integer.MAX_VALUE + "): the arithmetic overflowed and wrapped around without a word. Multiply with"
                + " Math.multiplyExact and convert with Math.toIntExact, which throw ArithmeticException instead.\n  "
                + Lesson.LITTLES_LAW);
    }

    private record Rate(double tasksPerSecond, Duration latency, int expected, String reason) {}

    @Test
    void littlesLawGivesThreadsFromThroughputAndLatency() {
        var cases = new Rate[] {
            new Rate(40, ms(250), 10, "40 tasks/s x 0.25 s = 10 tasks in progress at any moment, one thread each"),
            new Rate(200, ms(125), 25, "200 x 0.125 = 25"),
            new Rate(3, ms(250), 1, "3 x 0.25 = 0.75, rounded up to 1: a pool needs at least one thread"),
            new Rate(6, Duration.ofSeconds(2), 12, "6 x 2 = 12"),
            new Rate(10, ms(50), 1, "10 x 0.05 = 0.5, rounded up to 1"),
            new Rate(100, ms(70), 7, "100 x 0.07 = 7 exactly: 7 tasks in progress need 7 threads, not 8"),
            new Rate(1, Duration.ofNanos(1_000_500_000), 2, "1 x 1.0005 = 1.0005, rounded up to 2 (taking a little off before"
                    + " Math.ceil, to dodge rounding errors, loses a real fraction: multiply first and divide last instead)"),
        };
        for (var c : cases) {
            String call = "threadsForThroughput(" + c.tasksPerSecond() + " tasks/s, latency " + show(c.latency()) + ")";
            int got = call(call, () -> SizeForTheWork.threadsForThroughput(c.tasksPerSecond(), c.latency()));
            if (got != c.expected()) {
                var msg = call + " returned " + got + ", expected " + c.expected() + ": " + c.reason() + ".";
                long nanos = c.latency().toNanos();
                double seconds = nanos / 1e9;
                int divideFirst = (int) Math.ceil(c.tasksPerSecond() * seconds);
                if (got == 0) msg += " Rounded down to no threads at all: round up instead.";
                else if (got == divideFirst && divideFirst != (int) Math.ceil(c.tasksPerSecond() * nanos / 1e9)) {
                    msg += " The latency was turned into seconds first (" + nanos + " / 1e9 = " + seconds + ", which a double cannot hold"
                            + " exactly), and " + c.tasksPerSecond() + " x " + seconds + " came out as " + (c.tasksPerSecond() * seconds)
                            + ", a hair above the exact answer, which Math.ceil rounds up to a whole extra thread."
                            + " Multiply first and divide last: tasksPerSecond * latency.toNanos() / 1e9 is exact here.";
                }
                else if (got == (int) (c.tasksPerSecond() * c.latency().toMillis())) msg += " The latency must be in seconds, not milliseconds, to match tasks per second.";
                throw new AssertionError(msg + "\n  " + Lesson.LITTLES_LAW);
            }
        }
    }

    /**
     * The call must throw IllegalArgumentException (or NullPointerException for a null) with a message. The lesson is the
     * section that explains the method's formula.
     */
    private static void rejects(String call, boolean nullArgument, Lesson lesson, Callable<Integer> code) {
        Integer got;
        try {
            got = code.call();
        } catch (UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError(call + " threw IllegalArgumentException without a message: say what was wrong"
                        + " and what was given, e.g. \"cores must be at least 1, got 0\".");
            }
            return;
        } catch (NullPointerException e) {
            if (nullArgument) return;
            throw new AssertionError(call + " threw " + e + ": check the arguments before using them, and throw"
                    + " IllegalArgumentException saying what is wrong.", e);
        } catch (Exception e) {
            throw new AssertionError(call + " threw " + e + "; throw IllegalArgumentException with a message that names the bad"
                    + " argument instead (check the arguments first).", e);
        }
        var check = call.contains("NaN")
                ? " NaN (not a number) slips through a check such as tasksPerSecond <= 0, because every comparison with NaN is false:"
                        + " NaN <= 0 and NaN > 0 are both false. Ask for what a good value is and reject everything else,"
                        + " if (!(tasksPerSecond > 0)), or test Double.isNaN(tasksPerSecond) as well."
                : " Check the arguments first.";
        throw new AssertionError(call + " returned " + got + " instead of throwing IllegalArgumentException. A pool size from"
                + " bad input is a bug waiting to happen (a pool of " + got + " threads"
                + (got != null && got < 1 ? " cannot run anything; ThreadPoolExecutor would throw later, far from the cause"
                        : " sized from a meaningless number") + ")." + check + "\n  " + lesson);
    }

    @Test
    void rejectsBadInputWithAClearMessage() {
        rejects("cpuBoundPoolSize(0)", false, Lesson.CPU_BOUND, () -> SizeForTheWork.cpuBoundPoolSize(0));
        rejects("cpuBoundPoolSize(-4)", false, Lesson.CPU_BOUND, () -> SizeForTheWork.cpuBoundPoolSize(-4));
        rejects("ioBoundPoolSize(0 cores, wait 10 ms, compute 1 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.ioBoundPoolSize(0, ms(10), ms(1)));
        rejects("ioBoundPoolSize(2, wait -10 ms, compute 1 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.ioBoundPoolSize(2, ms(-10), ms(1)));
        rejects("ioBoundPoolSize(2, wait 10 ms, compute 0 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.ioBoundPoolSize(2, ms(10), Duration.ZERO));
        rejects("ioBoundPoolSize(2, wait 10 ms, compute -1 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.ioBoundPoolSize(2, ms(10), ms(-1)));
        rejects("ioBoundPoolSize(2, wait null, compute 1 ms)", true, Lesson.LITTLES_LAW, () -> SizeForTheWork.ioBoundPoolSize(2, null, ms(1)));
        rejects("ioBoundPoolSize(2, wait 10 ms, compute null)", true, Lesson.LITTLES_LAW, () -> SizeForTheWork.ioBoundPoolSize(2, ms(10), null));
        rejects("threadsForThroughput(0 tasks/s, 100 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.threadsForThroughput(0, ms(100)));
        rejects("threadsForThroughput(-5 tasks/s, 100 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.threadsForThroughput(-5, ms(100)));
        rejects("threadsForThroughput(NaN tasks/s, 100 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.threadsForThroughput(Double.NaN, ms(100)));
        rejects("threadsForThroughput(100 tasks/s, 0 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.threadsForThroughput(100, Duration.ZERO));
        rejects("threadsForThroughput(100 tasks/s, -100 ms)", false, Lesson.LITTLES_LAW, () -> SizeForTheWork.threadsForThroughput(100, ms(-100)));
        rejects("threadsForThroughput(100 tasks/s, null)", true, Lesson.LITTLES_LAW, () -> SizeForTheWork.threadsForThroughput(100, null));
    }
}
