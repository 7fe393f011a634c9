package workbook.ch03;

/**
 * A task that runs inside a worker process. Implementations are named, public classes with a public
 * no-argument constructor; the worker creates a fresh instance for every run, and only for class names
 * the pool was told to allow. Arguments and results are plain strings: nothing is deserialized.
 *
 * <p>Whatever the task prints to {@code System.out} while it runs is captured by the worker and handed
 * back in {@link TaskResult#printed()}. What it writes to file descriptor 1 directly is never taken for a reply
 * (replies carry a token the task never sees); the pool copies it to its stderr. Its {@code System.in} is empty.
 *
 * <p>A task that starts a program must not give it the worker's stdin and stdout: those are the protocol's
 * pipes. Never {@code inheritIO()}; read the child's input from nothing
 * ({@code redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))}, {@code NUL} on Windows) and
 * read its output yourself ({@code Redirect.PIPE}, the default) or throw it away ({@code Redirect.DISCARD}).
 * A child that writes to the worker's stdout only ends up on the pool's stderr, but one that reads the worker's
 * stdin steals RUN lines, and so does a task that reads {@code FileDescriptor.in} itself.
 */
@FunctionalInterface
public interface WorkerTask {

    /**
     * Does the work. Runs on a worker thread, in another JVM than the one that submitted it.
     *
     * @param argument the string given to {@link ProcessPool#submit}
     * @return the result, handed back to the caller as {@link TaskResult#value()} (null counts as "")
     * @throws Exception reported to the caller as a {@link TaskFailedException}; the worker lives on
     */
    String run(String argument) throws Exception;
}
