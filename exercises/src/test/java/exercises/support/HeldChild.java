package exercises.support;

/** The main class of the one-shot processes in the process exercises: same arguments as {@link GatedLines}. */
public final class HeldChild {
    public static void main(String[] args) throws Exception {
        new GatedLines().run(String.join(" ", args));
    }
}
