// Chapter 02 playground:  ./mvnw -q -pl chapters/02-thread-pools exec:exec@jshell
// Runs eight tasks on pools of different sizes and shows how many threads did the work, and how long it took.
// Edit the numbers and run it again; or run `jshell --class-path chapters/02-thread-pools/target/classes` to type along.

import java.util.concurrent.*;

// The seed program itself, small: 3 tasks x 2 lines on a pool of 2 threads.
workbook.ch02.SeedPool.main(new String[] {"3", "2", "2"});

// Each task sleeps 100 ms (a stand-in for waiting on a disk or a network) and says which thread ran it.
Callable<String> task = () -> { Thread.sleep(100); return Thread.currentThread().getName(); };
var eight = java.util.Collections.nCopies(8, task);

for (int size : new int[] {1, 2, 4, 8}) {
    long start = System.nanoTime();
    var threads = new java.util.TreeSet<String>();
    try (var pool = Executors.newFixedThreadPool(size)) {
        for (var f : pool.invokeAll(eight)) threads.add(f.get());
    }
    long rounds = Math.round((System.nanoTime() - start) / 1e6 / 100);
    System.out.printf("pool of %d: 8 tasks, %d worker threads used, took about %d x 100 ms%n", size, threads.size(), rounds);
}
/exit
