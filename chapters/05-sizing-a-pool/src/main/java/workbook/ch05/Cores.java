package workbook.ch05;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ForkJoinPool;

/**
 * Prints what this JVM believes about the processors it may use: the number every pool size starts from.
 *
 * <pre>./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=cores</pre>
 */
public final class Cores {

    private Cores() {}

    public static void main(String[] args) {
        // tag::cores[]
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println("availableProcessors(): " + cores);
        System.out.println("common pool parallelism: " + ForkJoinPool.commonPool().getParallelism());
        // end::cores[]
        System.out.println("-XX:ActiveProcessorCount: " + activeProcessorCountFlag());
    }

    /** The value of -XX:ActiveProcessorCount if it was given, as the JVM saw it; "not set" otherwise. */
    static String activeProcessorCountFlag() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:ActiveProcessorCount="))
                .map(a -> a.substring(a.indexOf('=') + 1))
                .findFirst().orElse("not set");
    }
}
