// Chapter 03 playground:  ./mvnw -q -pl chapters/03-process-pools exec:exec@jshell
// A pool of 2 worker JVMs runs 4 tasks; then one program started with ProcessBuilder is waited for with onExit().
// Edit the numbers and run it again; or run `jshell --class-path chapters/03-process-pools/target/classes` to type along.

import java.util.*;
import java.util.concurrent.*;
import workbook.ch03.*;

// The workers need this chapter's classes; JShell's own class path is not theirs, so name the directory.
var classes = java.nio.file.Path.of(ProcessPool.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
var javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();

List<ProcessHandle> workers;
try (var pool = new ProcessPool(2, List.of(PrintLines.class), List.of(), classes)) {
    workers = pool.everyWorker();
    var futures = new ArrayList<TaskFuture>();
    for (int i = 0; i < 4; i++) futures.add(pool.submit(PrintLines.class, "task" + i + " 2"));
    for (var f : futures) {
        var r = f.get();
        System.out.print(r.printed());
        System.out.println("  (the pool's task id " + r.taskId() + ", run by worker pid " + r.workerPid() + ")");
    }
}
System.out.println("after close(): workers alive: " + workers.stream().filter(ProcessHandle::isAlive).count() + " of " + workers.size());

// One program, one process: its output is read, and onExit() completes once it has exited.
// (JShell runs a line as soon as it is a whole statement, so a chain of calls keeps its dots at the line ends.)
var nothing = new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
var one = new ProcessBuilder(javaBin, "-cp", classes, RunOnce.class.getName(), PrintLines.class.getName(), "Solo 2").
        redirectInput(ProcessBuilder.Redirect.from(nothing)).
        redirectError(ProcessBuilder.Redirect.INHERIT).
        start();
System.out.print(new String(one.getInputStream().readAllBytes()));
var exited = one.onExit().join();
System.out.println("one-shot process exited with status " + exited.exitValue() + "; alive: " + exited.isAlive());
/exit
