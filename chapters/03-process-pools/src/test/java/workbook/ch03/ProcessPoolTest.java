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
import java.nio.file.StandardWatchEventKinds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import workbook.testkit.ProcessGate;

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
        try (var gate = new ProcessGate()) {
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
    void aReplyWrittenToFileDescriptorOneIsNotTakenForOneAndHarmsNoOtherTask() throws Exception {
        try (var pool = new ProcessPool(1, List.of(WritesToStdoutDirectly.class, PrintLines.class))) {
            long first = pool.workerPids().getFirst();
            var forged = "\n" + Protocol.ok(2, "forged", "") + "\n" + Protocol.ok(3, "forged", "") + "\nunfinished";
            var writer = pool.submit(WritesToStdoutDirectly.class, forged);     // tasks 1: it forges replies to 2 and 3
            var innocent = pool.submit(PrintLines.class, "E 1");               // task 2
            var another = pool.submit(PrintLines.class, "E 2");                // task 3
            assertThat(writer.get().value()).isEqualTo("written");
            assertThat(innocent.get().value()).isEqualTo("1");
            assertThat(another.get().value()).isEqualTo("2");
            assertThat(another.get().workerPid()).isEqualTo(first);             // nobody was killed for it
        }
    }

    @Test
    void aWorkerThatDiedWhileIdleIsReplacedBeforeItsSlotGetsATask() throws Exception {
        try (var pool = new ProcessPool(1, List.of(PrintLines.class))) {
            var idle = ProcessHandle.of(pool.workerPids().getFirst()).orElseThrow();
            idle.destroyForcibly();
            idle.onExit().get();                                   // dead before the task is even submitted
            var r = pool.submit(PrintLines.class, "J 1").get();
            assertThat(r.value()).isEqualTo("1");
            assertThat(r.workerPid()).isNotEqualTo(idle.pid());
        }
    }

    @Test
    void aTaskThatAWorkerNeverTookGoesToANewWorker() throws Exception {
        assumeTrue(Processes.canSeeProcFs() && Processes.canSignal(), "needs Linux /proc and kill -STOP");
        try (var pool = new ProcessPool(1, List.of(PrintLines.class))) {
            long stopped = pool.workerPids().getFirst();
            Processes.signal(stopped, "STOP");
            Processes.awaitStopped(stopped);                      // alive, but it cannot read the task
            var task = pool.submit(PrintLines.class, "K 1");       // sent to it, or about to be
            Processes.signal(stopped, "KILL");                    // it dies without having taken the task
            var r = task.get();
            assertThat(r.value()).isEqualTo("1");
            assertThat(r.workerPid()).isNotEqualTo(stopped);
        }
    }

    @Test
    void aPoolHasAtMostMaxSizeWorkers() {
        assertThatThrownBy(() -> new ProcessPool(ProcessPool.MAX_SIZE + 1, List.of(PrintLines.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most ProcessPool.MAX_SIZE = " + ProcessPool.MAX_SIZE)
                .hasMessageContaining("got " + (ProcessPool.MAX_SIZE + 1));
        assertThatThrownBy(() -> new ProcessPool(Integer.MAX_VALUE, List.of(PrintLines.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got " + Integer.MAX_VALUE);
    }

    @Test
    void everyNullInputIsRejectedWithAMessageThatSaysWhichOne() {
        assertThatThrownBy(() -> new ProcessPool(1, null)).hasMessageContaining("allowedTasks is null");
        var withNull = new java.util.ArrayList<Class<? extends WorkerTask>>();
        withNull.add(null);
        assertThatThrownBy(() -> new ProcessPool(1, withNull)).hasMessageContaining("allowedTasks holds null");
        assertThatThrownBy(() -> new ProcessPool(1, List.of(PrintLines.class), null)).hasMessageContaining("jvmOptions is null");
        assertThatThrownBy(() -> new ProcessPool(1, List.of(PrintLines.class), List.of(), null)).hasMessageContaining("classPath is null");
        try (var pool = new ProcessPool(1, List.of(PrintLines.class))) {
            assertThatThrownBy(() -> pool.submit((String) null, "x")).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("task class name is null").hasMessageContaining(PrintLines.class.getName());
            assertThatThrownBy(() -> pool.submit((Class<PrintLines>) null, "x")).hasMessageContaining("task class is null");
            assertThatThrownBy(() -> pool.submit(PrintLines.class, null)).hasMessageContaining("argument is null");
            assertThatThrownBy(() -> pool.submit(PrintLines.class, "x", null)).hasMessageContaining("limit is null");
            assertThatThrownBy(() -> pool.submit(PrintLines.class, "x", Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
            assertThatThrownBy(() -> pool.onSubmit(null)).hasMessageContaining("listener is null");
            assertThatThrownBy(() -> pool.close(null)).hasMessageContaining("exitLimit is null");
        }
    }

    @Test
    void aTasksSystemInIsEmpty() throws Exception {
        try (var pool = new ProcessPool(1, List.of(ReadsStdin.class, PrintLines.class))) {
            assertThat(pool.submit(ReadsStdin.class, "").get().value()).isEqualTo("-1");
            assertThat(pool.submit(PrintLines.class, "L 1").get().value()).isEqualTo("1"); // no request was stolen
        }
    }

    @Test
    void textUtf8CannotCarryIsRejectedNotTurnedIntoQuestionMarks() throws Exception {
        try (var pool = new ProcessPool(1, List.of(ReturnsLoneSurrogate.class))) {
            assertThatThrownBy(() -> pool.submit(ReturnsLoneSurrogate.class, "a\uDC00"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate");
            assertThatThrownBy(pool.submit(ReturnsLoneSurrogate.class, "b")::get).cause()
                    .isInstanceOf(TaskFailedException.class).hasMessageContaining("lone surrogate").hasMessageContaining("UTF-8");
        }
    }

    @Test
    void aTaskOverItsLimitFailsWithTimeoutExceptionAndItsWorkerIsReplaced() throws Exception {
        try (var gate = new ProcessGate(); var pool = new ProcessPool(1, List.of(Held.class, PrintLines.class))) {
            var held = pool.submit(Held.class, gate.argument(), Duration.ofMillis(300)); // the gate stays shut
            long worker = gate.awaitStarted();
            assertThatThrownBy(held::get).cause().isInstanceOf(java.util.concurrent.TimeoutException.class)
                    .hasMessageContaining("task 1 (" + Held.class.getName() + ")")
                    .hasMessageContaining("worker 0 (pid " + worker + ")").hasMessageContaining("300 ms");
            var next = pool.submit(PrintLines.class, "M 1", Duration.ofSeconds(30)).get();
            assertThat(next.value()).isEqualTo("1");
            assertThat(next.workerPid()).isNotEqualTo(worker);
        }
    }

    @Test
    void closeDoesNotHangOnAStoppedWorker() throws Exception {
        assumeTrue(Processes.canSeeProcFs() && Processes.canSignal(), "needs Linux /proc and kill -STOP");
        try (var gate = new ProcessGate()) {
            var pool = new ProcessPool(1, List.of(Held.class));
            var held = pool.submit(Held.class, gate.argument());
            long worker = gate.awaitStarted();
            Processes.signal(worker, "STOP");
            pool.close(Duration.ofMillis(100));                   // returns, though the task can never finish
            assertThatThrownBy(held::get).cause().isInstanceOf(WorkerCrashedException.class)
                    .hasMessageContaining("pid " + worker).hasMessageContaining("stopped (SIGSTOP)");
            assertThat(pool.isTerminated()).isTrue();
        }
    }

    @Test
    void killLeavesNoShutdownHookBehind() {
        var pool = new ProcessPool(1, List.of(PrintLines.class));
        pool.kill();
        assertThat(Runtime.getRuntime().removeShutdownHook(pool.shutdownHook())).as("hook still registered").isFalse();
    }

    @Test
    void ctrlCWhileThePoolStartsEndsCleanlyAndLeavesNoWorker(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assumeTrue(Processes.canSignal(), "needs kill -INT");
        var pauseFile = dir.resolve("worker-paused");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (var watcher = dir.getFileSystem().newWatchService()) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            var parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    StartsAPool.class.getName(), pauseFile.toString()).start();
            parent.getOutputStream().close();
            var stderr = new java.io.ByteArrayOutputStream();
            var stderrCopy = Thread.ofPlatform().start(() -> copy(parent.getErrorStream(), stderr)); // ends when the last holder exits
            List<Long> workers = List.of();
            try {
                while (!Files.exists(pauseFile)) watcher.take().pollEvents();   // the worker JVM exists and waits
                workers = parent.descendants().map(ProcessHandle::pid).toList();
                Processes.signal(parent.pid(), "INT");                          // Ctrl-C
                assertThat(parent.waitFor()).as("exit status after SIGINT").isEqualTo(130);
                assertThat(stderrCopy.join(Duration.ofSeconds(10)))
                        .as("the paused worker still holds the parent's stderr: %s", Processes.describe(workers)).isTrue();
                assertThat(stderr.toString(StandardCharsets.UTF_8)).as("the parent's stderr").isEmpty();
                assertThat(new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
            } finally {
                Files.deleteIfExists(pauseFile);
                Processes.kill(workers);
                parent.destroyForcibly();
            }
        }
    }

    @Test
    void aPoolMadeByAThreadThatEndedKeepsItsWorkers() throws Exception {
        var made = new java.util.concurrent.CompletableFuture<ProcessPool>();
        var maker = Thread.ofPlatform().start(() -> made.complete(new ProcessPool(1, List.of(Crash.class, PrintLines.class))));
        maker.join();                                              // on Linux, a parent-death signal follows a thread
        try (var pool = made.get()) {
            assertThat(pool.submit(PrintLines.class, "N 1").get().value()).isEqualTo("1");
            assertThatThrownBy(pool.submit(Crash.class, "9")::get).cause().isInstanceOf(WorkerCrashedException.class);
            assertThat(pool.submit(PrintLines.class, "N 2").get().value()).isEqualTo("2"); // the replacement, too
        }
    }

    @Test
    void aWorkerKilledWithSigkillFailsItsTaskIsReplacedAndLeavesNoProcess() throws Exception {
        List<Long> pids;
        try (var gate = new ProcessGate(); var pool = new ProcessPool(2, List.of(Held.class, PrintLines.class))) {
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

    @Test
    void aStoppedWorkerIsGoneWithinTwoSecondsOfItsParentsSigkill() throws Exception {
        assumeTrue(ProcessPool.SETPRIV.isPresent(), "needs Linux and util-linux's setpriv (a parent-death signal)");
        assertWorkersGoWhenParentIsKilled(true, true);
    }

    // tag::orphan-test[]
    private static void assertWorkersGoWhenParentIsKilled(boolean sigkill) throws Exception {
        assertWorkersGoWhenParentIsKilled(sigkill, false);
    }

    private static void assertWorkersGoWhenParentIsKilled(boolean sigkill, boolean stopOne) throws Exception {
        try (var gate = new ProcessGate()) {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Its stderr is a pipe to us, and its workers inherit it.
            var parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PoolHolder.class.getName(), gate.argument())
                    .start();
            var stderr = Thread.ofPlatform().start(() -> copy(parent.getErrorStream())); // ends at end-of-file
            var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            var pids = Arrays.stream(out.readLine().substring("pids ".length()).split(" "))
                    .map(Long::parseLong).toList();
            try {
                long busy = gate.awaitStarted();              // one worker busy with a task, one idle
                if (stopOne) Processes.signal(busy, "STOP"); // stopped: only the kernel can end it

                if (sigkill) parent.destroyForcibly();        // SIGKILL: no shutdown hook runs
                else parent.destroy();                        // SIGTERM: shutdown hooks run
                int status = parent.waitFor();
                if (!sigkill) {                               // the pool's hook ended them first
                    assertThat(status)
                            .as("parent's exit status (%d: its own hook saw the workers exit during "
                                    + "shutdown; %d: they had not)",
                                    PoolHolder.ENDED_BY_HOOK, PoolHolder.STILL_ALIVE)
                            .isEqualTo(PoolHolder.ENDED_BY_HOOK);
                }

                // The pipe ends when the last process holding it has exited: the parent and both workers.
                // (Not ProcessHandle.isAlive(): an orphan that has exited stays "alive" until its new parent
                // reaps it.)
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
        copy(in, System.err);
    }

    private static void copy(InputStream in, java.io.OutputStream to) {
        try (in) {
            in.transferTo(to);
        } catch (IOException ignored) {
            // the stream ended
        }
    }

    // tag::eof-test[]
    @Test
    void aBusyWorkerExitsWithStatusZeroWhenItsStdinEnds() throws Exception {
        try (var gate = new ProcessGate()) {
            var command = ProcessPool.workerCommand(List.of(), System.getProperty("java.class.path"),
                    List.of(Held.class.getName()));
            var worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                var out = new BufferedReader(
                        new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
                var token = Protocol.newToken();
                var run = Protocol.run(1, Held.class.getName(), gate.argument());
                var request = token + "\n" + run + "\n";
                worker.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                worker.getOutputStream().flush();
                assertThat(out.readLine()).isEmpty();            // each message begins with a line end
                assertThat(Protocol.parseReady(Protocol.unframe(token, out.readLine()))).isEqualTo(worker.pid());
                gate.awaitStarted();                  // the task runs, and cannot finish: the gate stays shut

                worker.getOutputStream().close();     // end of stdin, as when the parent dies
                assertThat(worker.waitFor(2, TimeUnit.SECONDS))
                        .as("worker still running 2 s after end of stdin")
                        .isTrue();
                assertThat(worker.exitValue())
                        .as("exit status (0: halt after end of stdin; 5 would be the parent-watch backstop)")
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

    @Test
    void aPoolOnDemandStartsNoWorkerBeforeATaskAndOneForALoneTask() throws Exception {
        var unused = ProcessPool.onDemand(4, List.of(PrintLines.class));
        assertThat(unused.everyWorker()).as("workers started by ProcessPool.onDemand before any task").isEmpty();
        unused.close();
        assertThat(unused.isTerminated()).as("an on-demand pool that ran nothing, closed").isTrue();

        try (var pool = ProcessPool.onDemand(4, List.of(PrintLines.class))) {
            assertThat(pool.submit(PrintLines.class, "L 1").get().value()).isEqualTo("1");
            assertThat(pool.everyWorker())
                    .as("workers an on-demand pool of 4 started for one task (one waited, none was idle or starting)")
                    .hasSize(1);
        }
    }

    @Test
    void aPoolOnDemandStartsWorkersWhileTasksWaitButNoMoreThanItsSize() throws Exception {
        try (var first = new ProcessGate(); var second = new ProcessGate();
             var pool = ProcessPool.onDemand(3, List.of(Held.class))) {
            var tasks = new ArrayList<TaskFuture>();
            for (int i = 0; i < 3; i++) tasks.add(pool.submit(Held.class, first.argument()));
            for (int i = 0; i < 2; i++) tasks.add(pool.submit(Held.class, second.argument())); // wait for a free worker
            var running = new HashSet<Long>();
            for (int i = 0; i < 3; i++) running.add(first.awaitStarted()); // three tasks held at once: three workers
            assertThat(running).as("workers running the first three held tasks").hasSize(3);
            first.open();
            for (int i = 0; i < 2; i++) running.add(second.awaitStarted());
            second.open();
            for (var t : tasks) assertThat(t.get().value()).startsWith("released by go");
            assertThat(pool.everyWorker()).as("workers an on-demand pool of 3 started for 5 held tasks").hasSize(3);
            assertThat(running).as("the pids that ran the tasks are the pool's 3 workers").hasSize(3);
        }
    }

    @Test
    void aPoolOnDemandThatCannotStartAWorkerFailsTheTaskThatWaitedForIt() {
        try (var pool = ProcessPool.onDemand(2, List.of(PrintLines.class), List.of("-XX:+NoSuchOptionForTheWorker"))) {
            assertThatThrownBy(pool.submit(PrintLines.class, "M 1")::get)
                    .cause().isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("could not start a worker for").hasMessageContaining("did not start");
        }
    }
}
