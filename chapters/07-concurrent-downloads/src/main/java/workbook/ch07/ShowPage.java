package workbook.ch07;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** Starts a catalogue server and shows what two requests get back: a page, and one beyond the catalogue. */
public final class ShowPage {

    private ShowPage() {}

    public static void main(String[] args) throws Exception {
        // Declared in this order so the server is closed first (see DownloadCatalogue).
        try (var client = Downloader.newHttpClient();
             var server = CatalogueServer.start(200, CatalogueServer.Failures.NONE,
                     CatalogueServer.Hold.latency(Duration.ZERO, Set.of(), Duration.ZERO))) {
            for (int page : new int[] {17, 201}) {
                var response = client.send(HttpRequest.newBuilder(server.page(page)).build(), HttpResponse.BodyHandlers.ofString());
                System.out.println("GET /page/" + page + " -> " + response.statusCode());
                response.body().lines().forEach(line -> System.out.println("  " + line));
            }
        }
    }
}
