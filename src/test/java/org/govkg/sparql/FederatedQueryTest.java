package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SERVICE cannot make the server a client of other hosts: a federated query to a listener on
 * loopback is refused with a clear 4xx, and the listener sees no connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"govkg.store=memory", "govkg.data=data"})
class FederatedQueryTest {
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @LocalServerPort
    int port;

    @BeforeEach
    void listen() throws Exception {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (Exception e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
        acceptor.join(5000);
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void serviceToALocalAddressIsRefusedAndNothingIsSent() throws Exception {
        String target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("SERVICE <" + target + "> refused").doesNotContain("at org.");
        HttpResponse<String> body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { { SELECT * { SERVICE <" + target + "> { ?s ?p ?o } } } }")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(body.statusCode()).isEqualTo(403);
        HttpResponse<String> silent = query("SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }");
        assertThat(silent.statusCode()).isBetween(200, 499);
        assertThat(connections.get()).as("connections the server made to the listener").isZero();
    }

    @Test
    void ordinaryQueriesAreUntouched() throws Exception {
        assertThat(query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
    }
}
