// Chapter 06 playground:  ./mvnw -q -pl chapters/06-virtual-threads exec:exec@jshell
// Runs 100 tasks that each block for 50 ms on pools of platform threads and on virtual threads.
// Edit the numbers and run it again; or run `jshell --class-path chapters/06-virtual-threads/target/classes` to type along.

import java.util.concurrent.*;

// The seed program itself, small: 3 tasks x 2 lines, a virtual thread each.
workbook.ch06.SeedOnVirtualThreads.main(new String[] {"3", "2"});

// Each task sleeps 50 ms (a stand-in for waiting on a network) and says whether its thread is virtual.
Callable<Boolean> task = () -> { Thread.sleep(50); return Thread.currentThread().isVirtual(); };
var hundred = java.util.Collections.nCopies(100, task);

// Prints how long the run took, and the least it could take: a pool of n threads runs at most n tasks per 50 ms.
void time(String name, ExecutorService executor, int leastRounds, boolean print) throws Exception {
    long start = System.nanoTime();
    int virtual = 0;
    try (executor) {
        for (var f : executor.invokeAll(hundred)) if (f.get()) virtual++;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (print) System.out.printf("%-26s 100 tasks, %3d on virtual threads, took %4d ms (at least %2d x 50 ms)%n",
            name + ":", virtual, millis, leastRounds);
}

// A first, silent round each: JShell compiles and loads classes on first use, which would count otherwise.
for (boolean print : new boolean[] {false, true}) {
    time("pool of 10 threads", Executors.newFixedThreadPool(10), 10, print);
    time("pool of 50 threads", Executors.newFixedThreadPool(50), 2, print);
    time("virtual thread per task", Executors.newVirtualThreadPerTaskExecutor(), 1, print);
}
/exit
