package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import com.sun.source.util.JavacTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The calls redirected to OwnWaits are decided by the types javac resolved, and lines never move. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OwnWaitsRewriteTest {

    @TempDir
    java.nio.file.Path out;

    private static final String TARGET = OwnWaitsRewrite.TARGET + ".";

    /** The learner's file after the rewrite, or the file itself when nothing was rewritten. */
    private String rewrite(String source) {
        var file = new SimpleJavaFileObject(URI.create("string:///exercises/demo/Demo.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        var javac = ToolProvider.getSystemJavaCompiler();
        var errors = new StringWriter();
        var task = (JavacTask) javac.getTask(errors, null, null,
                List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"), null, List.of(file));
        var rewrite = new OwnWaitsRewrite();
        rewrite.attach(task);
        task.addTaskListener(rewrite);
        assertThat(task.call()).as("compiles: %s", errors).isTrue();
        var rewritten = rewrite.rewritten();
        return rewritten.isEmpty() ? source : rewritten.values().iterator().next();
    }

    private static String inMethod(String imports, String body) {
        return "package exercises.demo;\n" + imports + "\nclass Demo {\n  void run() throws Exception {\n" + body + "\n  }\n}\n";
    }

    @Test
    void aTimedWaitOnAnExecutorBecomesACallWithTheReceiverFirst() {
        var source = inMethod("import java.util.concurrent.*;", """
                    var pool = Executors.newFixedThreadPool(2);
                    pool.shutdown();
                    pool.awaitTermination(60, TimeUnit.SECONDS);""");
        assertThat(rewrite(source)).contains(TARGET + "awaitTermination(pool, 60, TimeUnit.SECONDS);")
                .doesNotContain("pool.awaitTermination");
    }

    @Test
    void timedJoinsAreRedirectedAndJoinWithoutATimeoutIsLeftAlone() {
        var source = inMethod("import java.time.Duration;", """
                    Thread t = Thread.ofPlatform().start(() -> {});
                    t.join(100);
                    t.join(Duration.ofSeconds(1));
                    t.join();""");
        var rewritten = rewrite(source);
        assertThat(rewritten).contains(TARGET + "join(t, 100);", TARGET + "join(t, Duration.ofSeconds(1));", "t.join();");
    }

    @Test
    void chainedWaitsAreRedirectedInsideOut() {
        var source = inMethod("import java.util.concurrent.*;", """
                    BlockingQueue<Future<String>> q = new LinkedBlockingQueue<>();
                    String s = q.poll(1, TimeUnit.SECONDS).get(2, TimeUnit.SECONDS);""");
        assertThat(rewrite(source)).contains(TARGET + "get(" + TARGET + "poll(q, 1, TimeUnit.SECONDS), 2, TimeUnit.SECONDS);");
    }

    @Test
    void latchesSemaphoresProcessesAndFuturesOfAnyKind() {
        var source = inMethod("import java.util.concurrent.*;", """
                    var latch = new CountDownLatch(1);
                    latch.await(5, TimeUnit.SECONDS);
                    var permits = new Semaphore(1);
                    permits.tryAcquire(2, TimeUnit.SECONDS);
                    var cf = CompletableFuture.supplyAsync(() -> 1);
                    cf.get(3, TimeUnit.SECONDS);
                    Process p = null;
                    if (p != null) p.waitFor(1, TimeUnit.MINUTES);""");
        assertThat(rewrite(source)).contains(TARGET + "await(latch, 5, TimeUnit.SECONDS);",
                TARGET + "tryAcquire(permits, 2, TimeUnit.SECONDS);", TARGET + "get(cf, 3, TimeUnit.SECONDS);",
                TARGET + "waitFor(p, 1, TimeUnit.MINUTES);");
    }

    @Test
    void timersOnCompletableFuturesToo() {
        var source = inMethod("import java.util.concurrent.*;", """
                    var cf = CompletableFuture.supplyAsync(() -> 1);
                    cf.orTimeout(1, TimeUnit.HOURS).exceptionally(e -> 0);
                    cf.completeOnTimeout(-1, 5, TimeUnit.SECONDS);""");
        assertThat(rewrite(source)).contains(TARGET + "orTimeout(cf, 1, TimeUnit.HOURS).exceptionally(e -> 0);",
                TARGET + "completeOnTimeout(cf, -1, 5, TimeUnit.SECONDS);");
    }

    @Test
    void phasersBarriersConditionsAndForkJoinPools() {
        var source = inMethod("import java.util.concurrent.*;\nimport java.util.concurrent.locks.*;", """
                    var phaser = new Phaser(1);
                    phaser.awaitAdvanceInterruptibly(0, 1, TimeUnit.MINUTES);
                    var barrier = new CyclicBarrier(2);
                    barrier.await(1, TimeUnit.MINUTES);
                    var lock = new ReentrantLock();
                    Condition done = lock.newCondition();
                    done.await(2, TimeUnit.MINUTES);
                    done.awaitNanos(5);
                    ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.HOURS);""");
        assertThat(rewrite(source)).contains(TARGET + "awaitAdvanceInterruptibly(phaser, 0, 1, TimeUnit.MINUTES);",
                TARGET + "await(barrier, 1, TimeUnit.MINUTES);", TARGET + "await(done, 2, TimeUnit.MINUTES);",
                TARGET + "awaitNanos(done, 5);", TARGET + "awaitQuiescence(ForkJoinPool.commonPool(), 1, TimeUnit.HOURS);");
    }

    @Test
    void monitorsTimedWaitsAndSleeps() {
        var source = inMethod("import java.util.concurrent.*;", """
                    Object lock = new Object();
                    synchronized (lock) {
                        lock.wait(4000);
                        lock.wait(0, 500);
                    }
                    Thread.sleep(300);
                    Thread.sleep(java.time.Duration.ofSeconds(2));
                    TimeUnit.SECONDS.sleep(3);""");
        assertThat(rewrite(source)).contains(TARGET + "wait(lock, 4000);", TARGET + "wait(lock, 0, 500);",
                TARGET + "sleep(300);", TARGET + "sleep(java.time.Duration.ofSeconds(2));",
                TARGET + "sleep(TimeUnit.SECONDS, 3);");
    }

    @Test
    void timedParksAndProcessesOfTheLearnersOwn() {
        var source = inMethod("import java.util.concurrent.locks.LockSupport;", """
                    LockSupport.parkNanos(1_500_000_000L);
                    LockSupport.parkNanos(this, 5);
                    var p = new ProcessBuilder("sleep", "1").start();
                    Runtime.getRuntime().exec(new String[] {"sleep", "1"});""");
        assertThat(rewrite(source)).contains(TARGET + "parkNanos(1_500_000_000L);", TARGET + "parkNanos(this, 5);",
                TARGET + "start(new ProcessBuilder(\"sleep\", \"1\"));",
                TARGET + "exec(Runtime.getRuntime(), new String[] {\"sleep\", \"1\"});");
    }

    @Test
    void delaysOfTheLearnersOwnExchangersAndTimedLocks() {
        var source = inMethod("import java.util.concurrent.*;\nimport java.util.concurrent.locks.*;", """
                    Executor later = CompletableFuture.delayedExecutor(30, TimeUnit.SECONDS);
                    var timer = Executors.newSingleThreadScheduledExecutor();
                    timer.schedule(() -> {}, 20, TimeUnit.SECONDS);
                    new java.util.Timer(true).schedule(new java.util.TimerTask() { public void run() {} }, 1000);
                    var handOff = new Exchanger<Boolean>();
                    handOff.exchange(true, 5, TimeUnit.SECONDS);
                    var lock = new ReentrantLock();
                    lock.tryLock(1, TimeUnit.MINUTES);""");
        assertThat(rewrite(source)).contains(TARGET + "delayedExecutor(30, TimeUnit.SECONDS);",
                TARGET + "schedule(timer, () -> {}, 20, TimeUnit.SECONDS);", TARGET + "schedule(new java.util.Timer(true), ",
                TARGET + "exchange(handOff, true, 5, TimeUnit.SECONDS);", TARGET + "tryLock(lock, 1, TimeUnit.MINUTES);");
    }

    @Test
    void aMethodOfTheLearnersOwnWithTheSameNameIsLeftAlone() {
        var source = """
                package exercises.demo;
                class Demo {
                  void join(long millis) {}
                  void run() { join(100); this.join(5); }
                }
                """;
        assertThat(rewrite(source)).isEqualTo(source);
    }

    @Test
    void anImplicitReceiverInAThreadOfTheLearnersBecomesThis() {
        var source = """
                package exercises.demo;
                class Demo extends Thread {
                  void waitForMe() throws InterruptedException { join(100); }
                }
                """;
        assertThat(rewrite(source)).contains(TARGET + "join(this, 100);");
    }

    @Test
    void superJoinInAThreadOfTheLearnersIsThisJoin() {
        var source = """
                package exercises.demo;
                class Demo extends Thread {
                  void waitForMe() throws InterruptedException { super.join(100); }
                }
                """;
        assertThat(rewrite(source)).contains(TARGET + "join(this, 100);");
    }

    @Test
    void linesDoNotMove() {
        var source = inMethod("import java.util.concurrent.*;", """
                    var pool = Executors.newFixedThreadPool(2);
                    pool
                        .awaitTermination(
                            1, TimeUnit.SECONDS);""");
        var rewritten = rewrite(source);
        assertThat(rewritten).contains(TARGET + "awaitTermination(");
        assertThat(rewritten.lines().count()).isEqualTo(source.lines().count());
    }

    @Test
    void aTestTheLearnerWroteIsLeftAsItIs() {
        var source = """
                package exercises.demo;
                import org.junit.jupiter.api.Test;
                class DemoTest {
                  @Test void t() throws Exception { Thread.ofPlatform().start(() -> {}).join(300); }
                }
                """;
        assertThat(rewrite(source)).isEqualTo(source);
    }
}
