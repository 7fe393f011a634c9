// Chapter 04 playground:  ./mvnw -q -pl chapters/04-futures exec:exec@jshell
// Futures by hand: look at a future's state before and after its task ends, and fail one.
// Edit and run it again; or run `jshell --class-path chapters/04-futures/target/classes` to type along.

import java.util.concurrent.*;

var pool = Executors.newFixedThreadPool(2);
var gate = new CountDownLatch(1);

// A task that waits for the gate, then returns its line count.
Future<Integer> counting = pool.submit(() -> { gate.await(); return 1_000; });
System.out.println("before the gate opens: " + counting.state());
gate.countDown();
System.out.println("get() returned " + counting.get() + ", state " + counting.state());

// A task that throws: nothing is printed until someone asks the future.
Future<Integer> failing = pool.submit(() -> { if (true) throw new IllegalStateException("file7.txt is gone"); return 0; });
try { failing.get(); } catch (ExecutionException e) { System.out.println("get() threw, cause: " + e.getCause()); }
System.out.println("state " + failing.state() + ", exceptionNow(): " + failing.exceptionNow().getMessage());

// thenCombine on the same pool: two lookups at once, one result.
// (JShell ends a statement at the end of a line, so a chain continues with a dot at the END of the line.)
var name = CompletableFuture.supplyAsync(() -> "alice", pool);
var orders = CompletableFuture.supplyAsync(() -> 3, pool);
var line = name.thenCombine(orders, (n, count) -> n + " has " + count + " orders").
        join();
System.out.println(line);

pool.close();
System.out.println("pool terminated: " + pool.isTerminated());
/exit
