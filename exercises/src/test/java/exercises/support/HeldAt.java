package exercises.support;

/**
 * Where in the list of tasks the test puts the one it holds back. A learner's wait must hold wherever that task
 * is: code that waits for only some tasks (the first, the first half, all but the last, only the last) lets the
 * final line out early for at least one of these positions, on every run.
 */
public enum HeldAt {
    /** The first task: caught if the code waits only for later ones (e.g. only the last). */
    FIRST,
    /** A task a little before the middle (37 of 100): caught if the code waits only for the first or the last. */
    MIDDLE,
    /** The last task: caught if the code waits for all but the last, or only for the first half. */
    LAST;

    /** The held task's index among {@code size} tasks. */
    public int index(int size) {
        return switch (this) {
            case FIRST -> 0;
            case MIDDLE -> size * 37 / 100;
            case LAST -> size - 1;
        };
    }

    /** How a failure message names this position, e.g. "the held task was task99, the last one". */
    public String describe(int size) {
        int i = index(size);
        return "task" + i + ", " + switch (this) {
            case FIRST -> "the first one";
            case MIDDLE -> "one in the middle";
            case LAST -> "the last one";
        };
    }
}
