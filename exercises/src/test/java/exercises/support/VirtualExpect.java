package exercises.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;

/** Teaching checks for the virtual-thread exercises (chapter 06). */
public final class VirtualExpect {

    private VirtualExpect() {}

    /** Every thread that ran a task was virtual, and no two tasks shared one. */
    public static void oneVirtualThreadPerTask(Collection<Thread> taskThreads, int tasks) {
        var platform = taskThreads.stream().filter(t -> !t.isVirtual()).toList();
        if (!platform.isEmpty()) {
            var names = new ArrayList<String>();
            for (var t : platform) if (names.size() < 3) names.add(t.getName());
            throw new AssertionError("Tasks ran on " + platform.size() + " platform thread(s), e.g. " + names
                    + ". Run each task on a virtual thread: Executors.newVirtualThreadPerTaskExecutor() or Thread.ofVirtual().start(task),"
                    + " not a fixed pool or new Thread(...).\n  " + Lesson.VIRTUAL_SEED);
        }
        int distinct = new HashSet<>(taskThreads).size();
        if (distinct < tasks) {
            throw new AssertionError(tasks + " tasks ran on only " + distinct + " virtual thread(s): threads were reused, as in a pool."
                    + " Virtual threads are cheap, so do not pool them: start a new one for every task"
                    + " (and if you need a limit, use a Semaphore, not a pool size).\n  " + Lesson.DO_NOT_POOL);
        }
    }

    /** The message for a method that returned, or printed, while tasks still ran on virtual threads. */
    public static String nothingWaited(String what, int unfinished, int tasks) {
        return what + " while " + unfinished + " of " + tasks + " tasks " + (unfinished == 1 ? "was" : "were") + " still running."
                + " Nothing waits for a virtual thread unless you do: they are daemon threads, and submit() and start() return at once."
                + " Close the executor before going on (a try-with-resources block over newVirtualThreadPerTaskExecutor() waits"
                + " in close()), or join() every thread you started.\n  " + Lesson.VIRTUAL_DAEMONS;
    }
}
