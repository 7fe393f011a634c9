package exercises.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options of the worker processes the process exercises' tests start (pool workers and one-shot processes):
 * none under Maven; the learner's tool (./learn) names quick-start ones (system property {@value #OPTIONS}, separated
 * by spaces) and an AOT cache of what a worker loads ({@value #CACHE}, used once it exists). Options change how fast a
 * worker starts, never what it does, so every verdict stays the same.
 */
public final class WorkerJvm {

    static final String OPTIONS = "exercises.worker.options";
    static final String CACHE = "exercises.worker.aot";

    private WorkerJvm() {}

    public static List<String> options() {
        var options = new ArrayList<String>();
        var given = System.getProperty(OPTIONS, "").strip();
        if (!given.isEmpty()) options.addAll(Arrays.asList(given.split(" +")));
        var cache = System.getProperty(CACHE);
        if (cache != null && Files.isRegularFile(Path.of(cache))) {
            options.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off")); // one that does not fit is ignored
        }
        return options;
    }
}
