package exercises.support;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids of every live thread, virtual ones included, which {@link Thread#getAllStackTraces()} leaves out.
 * They come from the JDK's thread dump ({@code HotSpotDiagnosticMXBean.dumpThreads}, JDK 21+), which lists each
 * started thread under the container that started it: a virtual thread appears there from {@code start()} on,
 * before it has run a line. The virtual-thread scheduler's carrier threads (in the containers of its
 * {@code ForkJoinPool}s) are left out: they never run a task of the test's.
 */
final class LiveThreads {

    private static final HotSpotDiagnosticMXBean BEAN = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private static final Pattern CONTAINER = Pattern.compile("\"container\":\\s*\"");
    private static final Pattern TID = Pattern.compile("\"tid\":\\s*\"?(\\d+)");

    private LiveThreads() {}

    static Set<Long> ids() {
        try {
            var file = Files.createTempFile("live-threads", ".json");
            Files.delete(file); // dumpThreads will not overwrite a file
            try {
                BEAN.dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                return parse(Files.readString(file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JVM's thread dump", e);
        }
    }

    /** The thread ids of a JSON thread dump, those of the schedulers' shared containers aside. */
    static Set<Long> parse(String json) {
        var ids = new HashSet<Long>();
        var blocks = CONTAINER.split(json);
        for (int i = 1; i < blocks.length; i++) { // blocks[0] is the header, before the first container
            var block = blocks[i];
            var name = block.substring(0, Math.max(0, block.indexOf('"')));
            if (name.contains("SharedThreadContainer")) continue; // carrier threads of the virtual-thread scheduler
            var m = TID.matcher(block);
            while (m.find()) ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
