package workbook.ch03;

/**
 * What a finished task handed back, and where and when it ran.
 *
 * @param taskId        the pool's number for the task (1, 2, ... in submission order)
 * @param task          the task's class name
 * @param argument      the argument it was given
 * @param value         what {@link WorkerTask#run} returned
 * @param printed       everything the task printed to System.out while it ran
 * @param worker        the worker slot that ran it (0 .. size-1; a replaced worker keeps its slot)
 * @param workerPid     the process id of the worker JVM
 * @param sentNanos     when the pool sent the task to the worker ({@link System#nanoTime()} of the pool's JVM)
 * @param repliedNanos  when the pool read the worker's reply (same clock)
 */
public record TaskResult(long taskId, String task, String argument, String value, String printed,
                         int worker, long workerPid, long sentNanos, long repliedNanos) {}
