package workbook.ch06;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

/**
 * Prints what a virtual thread says about itself, next to a platform thread.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=what-is-it</pre>
 */
public final class WhatAVirtualThreadIs {

    private WhatAVirtualThreadIs() {}

    /** One line about the thread that calls it. */
    static String describeCurrentThread() {
        Thread me = Thread.currentThread();
        return String.format("%-10s isVirtual=%-5s isDaemon=%-5s %s",
                me.isVirtual() ? "virtual" : "platform", me.isVirtual(), me.isDaemon(), me);
    }

    static void show(PrintStream out) throws InterruptedException, ExecutionException {
        out.println("processors: " + Runtime.getRuntime().availableProcessors()
                + ", jdk.virtualThreadScheduler.parallelism=" + System.getProperty("jdk.virtualThreadScheduler.parallelism", "(not set)"));
        out.println(describeCurrentThread());
        // tag::start-one[]
        Thread virtual = Thread.ofVirtual().name("my-virtual").start(                   // <1>
                () -> out.println(describeCurrentThread()));
        virtual.join();                                                                  // <2>
        // end::start-one[]
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            out.println(executor.submit(WhatAVirtualThreadIs::describeCurrentThread).get());
        }
    }

    public static void main(String[] args) throws Exception {
        show(System.out);
    }
}
