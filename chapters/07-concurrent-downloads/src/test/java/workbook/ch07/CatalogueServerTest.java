package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CatalogueServerTest {

    private static HttpResponse<String> get(Fixture f, int page) throws Exception {
        return f.client.send(HttpRequest.newBuilder(f.server.page(page)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheItemOfEachPageAnd404BeyondTheCatalogue() throws Exception {
        try (var f = new Fixture(10, CatalogueServer.Failures.NONE, Fixture.noDelay())) {
            var page5 = get(f, 5);
            assertThat(page5.statusCode()).isEqualTo(200);
            assertThat(Item.parse(page5.body())).isEqualTo(Item.onPage(5));
            assertThat(get(f, 11).statusCode()).isEqualTo(404);
            assertThat(get(f, 0).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        try (var f = new Fixture(1, CatalogueServer.Failures.NONE, Fixture.noDelay())) {
            assertThat(InetAddress.getByName(f.server.page(1).getHost()).isLoopbackAddress()).isTrue();
            assertThat(f.server.page(1).getPort()).isPositive(); // port 0 asked the system for a free one
        }
    }

    @Test
    void failingPagesAnswer500AlwaysOrOnlyTheFirstTime() throws Exception {
        try (var f = new Fixture(10, new CatalogueServer.Failures(Set.of(3), Set.of(4)), Fixture.noDelay())) {
            assertThat(get(f, 3).statusCode()).isEqualTo(500);
            assertThat(get(f, 3).statusCode()).isEqualTo(500);
            assertThat(get(f, 4).statusCode()).isEqualTo(500);
            assertThat(get(f, 4).statusCode()).isEqualTo(200);
            assertThat(f.server.visits(4)).isEqualTo(2);
        }
    }

    @Test
    void aHeldPageIsAnsweredWhenTheTestReleasesIt() throws Exception {
        var gates = PageGates.holding(2);
        try (var f = new Fixture(10, CatalogueServer.Failures.NONE, gates)) {
            var response = f.client.sendAsync(HttpRequest.newBuilder(f.server.page(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(gates.nextArrival()).isEqualTo(2);
            assertThat(f.server.inFlight()).isEqualTo(1);
            assertThat(response).isNotDone(); // held: the server cannot have answered
            gates.release(2);
            assertThat(response.get().statusCode()).isEqualTo(200);
            assertThat(get(f, 2).statusCode()).isEqualTo(200); // released pages stay released
        }
    }

    @Test
    void closeStopsRequestsThatAreStillHeld() throws Exception {
        var gates = PageGates.holding(2);
        try (var f = new Fixture(10, CatalogueServer.Failures.NONE, gates)) {
            var response = f.client.sendAsync(HttpRequest.newBuilder(f.server.page(2)).build(), HttpResponse.BodyHandlers.ofString());
            gates.nextArrival();
            f.server.close(); // returns only once every handler has ended (it throws otherwise)
            assertThatThrownBy(response::get).isInstanceOf(ExecutionException.class); // the connection closed without an answer
        } // closes the server again (which does nothing more) and the client
    }

    @Test
    void anIpv6LoopbackAddressIsWrittenInBrackets() throws Exception {
        // With -Djava.net.preferIPv6Addresses=true the loopback address is ::1; a URI needs it in brackets.
        var v6 = new InetSocketAddress(InetAddress.getByName("::1"), 8080);
        assertThat(CatalogueServer.address(v6, 17)).hasToString("http://[0:0:0:0:0:0:0:1]:8080/page/17");
        assertThat(CatalogueServer.address(v6, 17).getHost()).isEqualTo("[0:0:0:0:0:0:0:1]");
        var v4 = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8080);
        assertThat(CatalogueServer.address(v4, 17)).hasToString("http://127.0.0.1:8080/page/17");
    }
}
