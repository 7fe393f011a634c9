// Chapter 05 playground:  ./mvnw -q -pl chapters/05-sizing-a-pool exec:exec@jshell
// Little's law on your machine: 20 tasks that each wait 50 ms, on pools of different sizes.
// Edit the numbers and run it again; or run `jshell --class-path chapters/05-sizing-a-pool/target/classes` to type along.

import java.util.concurrent.*;

int cores = Runtime.getRuntime().availableProcessors();
System.out.println("availableProcessors(): " + cores);

// A task that only waits (a stand-in for a slow web service): it holds a thread but no core.
int tasks = 20;
long waitMillis = 50;
Callable<Void> waiting = () -> { Thread.sleep(waitMillis); return null; };

for (int threads : new int[] {1, 2, 5, 10, 20}) {
    long start = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(threads)) {
        for (var f : pool.invokeAll(java.util.Collections.nCopies(tasks, waiting))) f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // Little's law: throughput = threads busy / time per task = threads / 0.05 s. Each pool size runs once, cold
    // and unrepeated, so a few late wake-ups or a busy machine show directly in its number, most in the biggest
    // pools, whose whole run lasts only a few times 50 ms. (SizingBenchmark warms up, repeats and keeps the median.)
    System.out.printf("%2d threads: about %3d tasks/s, Little's law predicts %3d tasks/s%n",
            threads, Math.round(tasks / seconds / 10) * 10, threads * 1000 / waitMillis);
}

// A full bounded pool with CallerRunsPolicy: the task that does not fit runs on this thread (back-pressure),
// at once, so it runs before the task queued ahead of it: CallerRunsPolicy does not keep the order of submission.
var gate = new CountDownLatch(1);
var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.CallerRunsPolicy());
pool.execute(() -> { try { gate.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } });   // keeps the only thread busy
pool.execute(() -> System.out.println("queued task ran on " + Thread.currentThread().getName()));
pool.execute(() -> System.out.println("overflow task ran on " + Thread.currentThread().getName()));
gate.countDown();
pool.close();
/exit
