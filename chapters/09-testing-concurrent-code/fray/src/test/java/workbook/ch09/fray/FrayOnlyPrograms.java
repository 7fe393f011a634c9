package workbook.ch09.fray;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import workbook.ch09.SeedProgram;

/**
 * Seed programs that only the Fray tests run: each asks Fray something the chapter's own programs do not (a sleep
 * instead of a wait, virtual threads, sockets).
 */
final class FrayOnlyPrograms {

    private FrayOnlyPrograms() {}

    // tag::sleeps-long-enough[]
    /** Wrong: starts the threads and sleeps "long enough" instead of waiting for them. */
    static void sleepsLongEnough(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        for (var task : tasks) Thread.ofPlatform().start(task);
        Thread.sleep(100); // far longer than three tiny tasks take, and still no promise
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::sleeps-long-enough[]

    // tag::closes-a-virtual-thread-executor[]
    /** Right: a virtual thread per task; close() waits until every task is done. */
    static void closesAVirtualThreadExecutor(List<Runnable> tasks, PrintStream out) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            tasks.forEach(executor::execute);
        }
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::closes-a-virtual-thread-executor[]

    // tag::runs-tasks-over-http[]
    /** Right: a local HTTP server runs task i when asked for /task/i; the final line waits for every response. */
    static void runsTasksOverHttp(List<Runnable> tasks, PrintStream out) throws InterruptedException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/task/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            tasks.get(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1))).run();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try (var client = HttpClient.newHttpClient()) {
            var base = "http://127.0.0.1:" + server.getAddress().getPort() + "/task/";
            var responses = new ArrayList<CompletableFuture<HttpResponse<Void>>>();
            for (int i = 0; i < tasks.size(); i++) {
                var request = HttpRequest.newBuilder(URI.create(base + i)).build();
                responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
            }
            for (var response : responses) response.get(); // each one comes after its task has run
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            server.stop(0);
        }
        out.println(SeedProgram.FINAL_LINE);
    }
    // end::runs-tasks-over-http[]
}
