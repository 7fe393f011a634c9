package workbook.ch06;

import java.util.concurrent.CountDownLatch;

/**
 * Starts a virtual thread and lets main return without joining it. The JVM exits at once: virtual threads
 * are daemon threads, and the JVM waits only for non-daemon threads.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=daemon-trap</pre>
 *
 * With the argument {@code forever} the task waits for a latch nobody opens, which the test uses to prove
 * that the exit does not depend on timing.
 */
public final class DaemonTrap {

    private DaemonTrap() {}

    public static void main(String[] args) throws InterruptedException {
        boolean forever = args.length > 0 && args[0].equals("forever");
        // tag::daemon-trap[]
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(500);                            // some work, or a wait for a reply
                System.out.println("the task's line");        // never printed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("main returns");
        // end::daemon-trap[]
        if (forever) {
            Thread.ofVirtual().start(() -> {
                try {
                    new CountDownLatch(1).await(); // nobody counts it down
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
