package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProcessPoolTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @AfterEach
    void noProcessOutlivesATest() {
        Processes.killLeftovers();
    }

    private static List<Long> pids(ProcessPool pool) {
        return pool.everyWorker().stream().map(ProcessHandle::pid).toList();
    }

    @Test
    void runsTasksInWorkerProcessesAndHandsBackWhatTheyPrinted() throws Exception {
        try (var pool = new ProcessPool(2, List.of(PrintLines.class))) {
            var r = pool.submit(PrintLines.class, "A 3").get();
            assertThat(r.value()).isEqualTo("3");
            assertThat(r.printed()).isEqualTo("A 0\nA 1\nA 2\n".replace("\n", System.lineSeparator()));
            assertThat(r.workerPid()).isNotEqualTo(ProcessHandle.current().pid()).isIn(pool.workerPids());
        }
    }

    @Test
    void printingThatLooksLikeAReplyCannotCorruptTheProtocol() throws Exception {
        try (var pool = new ProcessPool(1, List.of(PrintLines.class))) {
            var r = pool.submit(PrintLines.class, "OK 2").get(); // prints "OK 0", "OK 1": captured, not read as replies
            assertThat(r.value()).isEqualTo("2");
            assertThat(r.printed()).contains("OK 0", "OK 1");
        }
    }

    @Test
    void closeWaitsForEveryTaskThenEndsTheWorkers() throws Exception {
        try (var gate = new TestGate()) {
            var pool = new ProcessPool(2, List.of(Held.class, PrintLines.class));
            var held = pool.submit(Held.class, gate.argument());
            var quick = pool.submit(PrintLines.class, "B 1");
            gate.awaitStarted();                               // the held task is running in a worker
            var closer = Thread.ofPlatform().start(pool::close);
            Processes.awaitBlocked(closer);                    // close() is waiting...

            assertThat(closer.isAlive()).as("close() returned while a task was held").isTrue();
            assertThat(held.isDone()).isFalse();

            gate.open();                                       // ...until the task may finish
            closer.join();
            assertThat(held.get().value()).isEqualTo("released by go");
            assertThat(quick.get().value()).isEqualTo("1");
            assertThat(pool.everyWorker()).noneMatch(ProcessHandle::isAlive);
            assertThatThrownBy(() -> pool.submit(PrintLines.class, "C 1")).isInstanceOf(RejectedExecutionException.class);
        }
    }

    @Test
    void aPoolNeedsAtLeastOneWorker() {
        assertThatThrownBy(() -> new ProcessPool(0, List.of(PrintLines.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one worker, got 0");
        assertThatThrownBy(() -> new ProcessPool(-3, List.of(PrintLines.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -3");
    }

    @Test
    void aTaskThatIsNotAllowedIsRejectedAtOnce() {
        try (var pool = new ProcessPool(1, List.of(PrintLines.class))) {
            assertThatThrownBy(() -> pool.submit("java.lang.Runtime", "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown task 'java.lang.Runtime'").hasMessageContaining(PrintLines.class.getName());
        }
    }

    @Test
    void aTaskThatThrowsFailsItsFutureAndTheWorkerLivesOn() throws Exception {
        List<Long> pids;
        try (var pool = new ProcessPool(1, List.of(Boom.class, PrintLines.class))) {
            pids = pids(pool);
            var failed = pool.submit(Boom.class, "x");
            assertThatThrownBy(failed::get).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TaskFailedException.class)
                    .hasMessageContaining("IllegalStateException: boom: x").hasMessageContaining("worker 0 (pid " + pids.getFirst());
            var next = pool.submit(PrintLines.class, "C 1").get();
            assertThat(next.workerPid()).isEqualTo(pids.getFirst());
        }
        assertThat(Processes.stillAliveAfter(pids, TWO_SECONDS)).as("workers alive after close()").isEmpty();
    }

    @Test
    void aCrashedWorkerFailsOnlyItsTaskAndIsReplaced() throws Exception {
        try (var pool = new ProcessPool(1, List.of(Crash.class, PrintLines.class))) {
            long first = pool.workerPids().getFirst();
            var crashed = pool.submit(Crash.class, "42");
            var after = pool.submit(PrintLines.class, "D 1");
            assertThatThrownBy(crashed::get).cause().isInstanceOf(WorkerCrashedException.class)
                    .hasMessageContaining("exit code 42").hasMessageContaining("pid " + first);
            assertThat(after.get().workerPid()).isNotEqualTo(first);
            assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        }
    }

    @Test
    void aMalformedReplyNamesTheWorkerAndTheLine() throws Exception {
        try (var pool = new ProcessPool(1, List.of(WritesToStdoutDirectly.class, PrintLines.class))) {
            long first = pool.workerPids().getFirst();
            var bad = pool.submit(WritesToStdoutDirectly.class, "hello from fd 1");
            assertThatThrownBy(bad::get).cause().isInstanceOf(MalformedReplyException.class)
                    .hasMessageContaining("worker 0 (pid " + first + ")").hasMessageContaining("'hello from fd 1'");
            assertThat(pool.submit(PrintLines.class, "E 1").get().workerPid()).isNotEqualTo(first);
        }
    }

    @Test
    void aWorkerKilledWithSigkillFailsItsTaskIsReplacedAndLeavesNoProcess() throws Exception {
        List<Long> pids;
        try (var gate = new TestGate(); var pool = new ProcessPool(2, List.of(Held.class, PrintLines.class))) {
            var held = pool.submit(Held.class, gate.argument());
            long victim = gate.awaitStarted();
            ProcessHandle.of(victim).orElseThrow().destroyForcibly();      // SIGKILL
            assertThatThrownBy(held::get).cause().isInstanceOf(WorkerCrashedException.class)
                    .hasMessageContaining("pid " + victim).hasMessageContaining("exit code 137");
            assertThat(pool.submit(PrintLines.class, "F 1").get().value()).isEqualTo("1");
            assertThat(pool.workerPids()).doesNotContain(victim).hasSize(2);
            pids = pids(pool);
        }
        assertThat(Processes.stillAliveAfter(pids, TWO_SECONDS)).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Disabled("KNOWN BUG, issue 5 stays open: after the parent JVM is SIGKILLed, a worker busy with a"
            + " task does not always see end-of-stdin; only the onExit backstop (polling up to every 5 s) ends it."
            + " Passed when written, fails repeatedly on the merged tree; investigate which process keeps the pipe open.")
    void workersExitWithinTwoSecondsWhenTheirParentIsKilledWithSigkill() throws Exception {
        assertWorkersGoWhenParentIsKilled(true);
    }

    @Test
    void workersAreKilledByTheShutdownHookWhenTheirParentGetsSigterm() throws Exception {
        assertWorkersGoWhenParentIsKilled(false);
    }

    // tag::orphan-test[]
    private static void assertWorkersGoWhenParentIsKilled(boolean sigkill) throws Exception {
        try (var gate = new TestGate()) {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PoolHolder.class.getName(), gate.argument())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            var pids = Arrays.stream(out.readLine().substring("pids ".length()).split(" "))
                    .map(Long::parseLong).toList();
            gate.awaitStarted();                              // one worker busy with a task, one idle

            if (sigkill) parent.destroyForcibly();            // SIGKILL: no shutdown hook runs
            else parent.destroy();                            // SIGTERM: shutdown hooks run
            parent.waitFor();

            assertThat(Processes.stillAliveAfter(pids, TWO_SECONDS))
                    .as("workers of a parent killed with %s, still alive 2 s later", sigkill ? "SIGKILL" : "SIGTERM")
                    .isEmpty();
        }
    }
    // end::orphan-test[]
}
