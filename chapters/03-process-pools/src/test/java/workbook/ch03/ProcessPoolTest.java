package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        assertThatThrownBy(() -> new ProcessPool(1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allow at least one task class");
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
    void aTaskFailureCarriesTheWorkersStackTrace() throws Exception {
        try (var pool = new ProcessPool(1, List.of(Boom.class))) {
            assertThatThrownBy(pool.submit(Boom.class, "y")::get).cause().isInstanceOfSatisfying(TaskFailedException.class, e -> {
                assertThat(e.remoteStackTrace()).startsWith("java.lang.IllegalStateException: boom: y")
                        .contains("at " + Boom.class.getName() + ".run(");
                assertThat(e.getSuppressed()).singleElement().isInstanceOf(TaskFailedException.RemoteStackTrace.class)
                        .extracting(Throwable::getMessage).asString().contains(Boom.class.getName() + ".run(");
            });
        }
    }

    @Test
    void aWorkerOutOfMemoryExitsAndIsReplaced() throws Exception {
        try (var pool = new ProcessPool(1, List.of(Hog.class, PrintLines.class), List.of("-Xmx32m"))) {
            long first = pool.workerPids().getFirst();
            var hog = pool.submit(Hog.class, "");
            var after = pool.submit(PrintLines.class, "H 1");
            assertThatThrownBy(hog::get).cause().isInstanceOf(WorkerCrashedException.class)
                    .hasMessageContaining("pid " + first).hasMessageContaining("exit code 3");
            assertThat(after.get().workerPid()).isNotEqualTo(first);
        }
    }

    @Test
    void closeSetsIsTerminatedOnlyAfterEveryWorkerExitedAndKillNever() throws Exception {
        var closed = new ProcessPool(2, List.of(PrintLines.class));
        assertThat(closed.isShutdown()).isFalse();
        closed.submit(PrintLines.class, "I 1").get();
        closed.close();
        assertThat(closed.isTerminated()).isTrue();
        assertThat(closed.everyWorker()).noneMatch(ProcessHandle::isAlive);

        var killed = new ProcessPool(1, List.of(PrintLines.class));
        killed.kill();
        assertThat(killed.isShutdown()).isTrue();
        assertThat(killed.isTerminated()).as("kill() does not wait, so it never says the workers are gone").isFalse();
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
                    .start();                                 // its stderr is a pipe to us, and its workers inherit it
            var stderr = Thread.ofPlatform().start(() -> copy(parent.getErrorStream())); // ends at its end-of-file
            var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            var pids = Arrays.stream(out.readLine().substring("pids ".length()).split(" "))
                    .map(Long::parseLong).toList();
            try {
                gate.awaitStarted();                          // one worker busy with a task, one idle

                if (sigkill) parent.destroyForcibly();        // SIGKILL: no shutdown hook runs
                else parent.destroy();                        // SIGTERM: shutdown hooks run
                int status = parent.waitFor();
                if (!sigkill) {                               // they ended before end-of-file could: the pool's hook did it
                    assertThat(status).as("parent's exit status (%d: its own hook saw the workers exit during shutdown; %d: they had not)",
                            PoolHolder.ENDED_BY_HOOK, PoolHolder.STILL_ALIVE).isEqualTo(PoolHolder.ENDED_BY_HOOK);
                }

                // The pipe ends when the last process holding it has exited: the parent and both workers.
                // (Not ProcessHandle.isAlive(): an orphan that has exited stays "alive" until its new parent reaps it.)
                assertThat(stderr.join(TWO_SECONDS))
                        .as("workers of a parent killed with %s, 2 s later: %s", sigkill ? "SIGKILL" : "SIGTERM",
                                Processes.describe(pids))
                        .isTrue();

            } finally {
                Processes.kill(pids);                         // orphans are not our descendants any more
            }
        }
    }
    // end::orphan-test[]

    private static void copy(InputStream in) {
        try (in) {
            in.transferTo(System.err);
        } catch (IOException ignored) {
            // the stream ended
        }
    }

    // tag::eof-test[]
    @Test
    void aBusyWorkerExitsWithStatusZeroWhenItsStdinEnds() throws Exception {
        try (var gate = new TestGate()) {
            var command = ProcessPool.workerCommand(List.of(), System.getProperty("java.class.path"),
                    List.of(Held.class.getName()));
            var worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                var out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
                assertThat(Protocol.parseReady(out.readLine())).isEqualTo(worker.pid());
                worker.getOutputStream().write((Protocol.run(1, Held.class.getName(), gate.argument()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                worker.getOutputStream().flush();
                gate.awaitStarted();                  // the task runs, and cannot finish: the gate stays shut

                worker.getOutputStream().close();     // end of stdin, as when the parent dies
                assertThat(worker.waitFor(2, TimeUnit.SECONDS)).as("worker still running 2 s after end of stdin").isTrue();
                assertThat(worker.exitValue())
                        .as("exit status (0: System.exit after end of stdin; 5 would be the parent-watch backstop)")
                        .isZero();
            } finally {
                worker.destroyForcibly();
            }
        }
    }
    // end::eof-test[]

    @Test
    void onlyThePoolHoldsTheWriteEndOfAWorkersStdin() throws Exception {
        assumeTrue(Processes.canSeeProcFs(), "needs Linux /proc to see which processes hold a pipe");
        long self = ProcessHandle.current().pid();
        try (var pool = new ProcessPool(3, List.of(Crash.class, PrintLines.class))) {
            var crashed = pool.submit(Crash.class, "1");               // a replacement starts while other pipes are open
            assertThatThrownBy(crashed::get).cause().isInstanceOf(WorkerCrashedException.class);
            assertThat(pool.submit(PrintLines.class, "G 1").get().value()).isEqualTo("1");
            for (long worker : pool.workerPids()) {
                var stdin = Files.readSymbolicLink(Path.of("/proc/" + worker + "/fd/0")).toString(); // pipe:[inode]
                assertThat(Processes.holdersOf(stdin))
                        .as("processes holding worker %d's stdin %s (this JVM is %d, workers %s)",
                                worker, stdin, self, pool.workerPids())
                        .containsExactlyInAnyOrder(self, worker);
            }
        }
    }
}
