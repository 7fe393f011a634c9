package exercises.support;

/** Where a learner edits an exercise: its stub's source file, from the top of the workbook, as messages name it. */
public final class Stub {

    private Stub() {}

    /** exercises.joineverythread.JoinEveryThread: exercises/src/main/java/exercises/joineverythread/JoinEveryThread.java */
    public static String file(Class<?> exercise) {
        return "exercises/src/main/java/" + exercise.getName().replace('.', '/') + ".java";
    }
}
