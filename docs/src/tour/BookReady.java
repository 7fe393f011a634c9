import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says where the book is once the build has written it, or fails if it has not.
 * {@code BookReady <generated-docs>}: the HTML book, last step of the tour (./mvnw -q -T 1C -Ptour package).
 * {@code BookReady <generated-docs> book.pdf}: the PDF book, last step of -Ppdf.
 */
public class BookReady {
    public static void main(String[] args) {
        String name = args.length > 1 ? args[1] : "index.html";
        Path book = Path.of(args[0]).toAbsolutePath().normalize().resolve(name);
        if (!Files.exists(book)) {
            System.err.println("The book was not rendered: " + book + " is missing.");
            System.exit(1);
        }
        System.out.println();
        if (name.endsWith(".pdf")) {
            System.out.println("The PDF book is ready:");
            System.out.println("    " + book.toUri());
            return;
        }
        System.out.println("The book is ready. Open it in a browser:");
        System.out.println("    " + book.toUri());
        System.out.println("Next: do the exercises (./learn list), and run every test with ./mvnw verify");
    }
}
