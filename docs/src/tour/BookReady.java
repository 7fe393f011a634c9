import java.nio.file.Files;
import java.nio.file.Path;

/** Last step of the tour (./mvnw -q -Ptour -DskipTests package): tells the learner where the book is. */
public class BookReady {
    public static void main(String[] args) {
        Path index = Path.of(args[0]).toAbsolutePath().normalize().resolve("index.html");
        if (!Files.exists(index)) {
            System.err.println("The book was not rendered: " + index + " is missing.");
            System.exit(1);
        }
        System.out.println();
        System.out.println("The book is ready. Open it in a browser:");
        System.out.println("    " + index.toUri());
        System.out.println("Next: do the exercises (./learn list), and run every test with ./mvnw verify");
    }
}
