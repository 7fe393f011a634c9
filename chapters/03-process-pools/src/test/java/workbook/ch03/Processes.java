package workbook.ch03;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small helpers for tests that start processes. */
final class Processes {

    private Processes() {}

    /** The pids among {@code pids} still alive {@code bound} after asking; a bounded wait only to detect a failure. */
    static List<Long> stillAliveAfter(Collection<Long> pids, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        var alive = new ArrayList<Long>();
        for (long pid : pids) {
            var handle = ProcessHandle.of(pid);
            if (handle.isEmpty()) continue;
            try {
                handle.get().onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                alive.add(pid);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return alive;
    }

    /** Like PoolCleaner in the JSR-166 TCK: whatever a test did, no process it started outlives it. */
    static void killLeftovers() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** Kills the given processes if they still exist: for orphans, which are no longer our descendants. */
    static void kill(Collection<Long> pids) {
        for (long pid : pids) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Sends a signal by name ("STOP", "KILL") with the kill command, and waits for the command to finish. */
    static void signal(long pid, String signal) throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
    }

    /**
     * Linux: blocks until every thread of the process is stopped (state T in /proc/&lt;pid&gt;/task/*&#47;stat).
     * {@code kill -STOP} returns once the signal is sent, and a thread already running may run on a little
     * before it stops; decided from the threads' states, not from the clock.
     */
    static void awaitStopped(long pid) throws IOException {
        while (!allThreadsStopped(pid)) Thread.onSpinWait();
    }

    private static boolean allThreadsStopped(long pid) throws IOException {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (var task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException threadEnded) {
                    continue;
                }
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                if (state != 'T' && state != 't') return false;
            }
        }
        return true;
    }

    /** True where the kill command can send signals by name (Linux, macOS). */
    static boolean canSignal() {
        return !System.getProperty("os.name").startsWith("Windows");
    }

    /** Blocks until {@code t} is waiting (or has ended); decided from its state, not from the clock. */
    static void awaitBlocked(Thread t) throws InterruptedException {
        while (t.isAlive() && t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
            t.join(Duration.ofMillis(1));
        }
    }

    /** True where this JVM can see every process's state and open files (Linux /proc). */
    static boolean canSeeProcFs() {
        return Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /**
     * Each pid with its state, for failure messages. On Linux the state letter of /proc/&lt;pid&gt;/stat:
     * R running, S sleeping, Z zombie (it has exited; its parent has not collected its exit status yet).
     * {@link ProcessHandle#isAlive()} cannot tell a zombie from a running process: both are "alive".
     */
    static String describe(Collection<Long> pids) {
        var sb = new StringBuilder();
        for (long pid : pids) {
            String state;
            try {
                var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
            } catch (IOException | RuntimeException e) {
                state = ProcessHandle.of(pid).map(h -> h.isAlive() ? "alive" : "exited").orElse("gone");
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(pid).append(' ').append(state);
        }
        return sb.toString();
    }

    /** Linux: the pids of every process that has {@code file} open, e.g. "pipe:[123456]" from /proc/&lt;pid&gt;/fd/0. */
    static Set<Long> holdersOf(String file) throws IOException {
        var holders = new TreeSet<Long>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (var proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                List<Path> fds;
                try (var list = Files.list(proc.resolve("fd"))) {
                    fds = list.toList();
                } catch (IOException | SecurityException e) {
                    continue; // the process ended while we looked, or it is not ours to see
                }
                for (var fd : fds) {
                    try {
                        if (Files.readSymbolicLink(fd).toString().equals(file)) {
                            holders.add(Long.parseLong(proc.getFileName().toString()));
                        }
                    } catch (IOException | SecurityException e) {
                        // closed while we looked
                    }
                }
            }
        }
        return holders;
    }
}
