package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing the admin token is stopped after a few tries, and request size limits answer what they are. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.admin-token=right-token", "govkg.admin-token.max-failures=3"})
class RequestAbuseTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void wrongTokensAreCountedAndTheAddressIsThenRefusedForAMinute() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 1 } }", StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) assertThat(post("/update", update, "guess-" + i).statusCode()).isEqualTo(401);
        HttpResponse<String> locked = post("/update", update, "right-token");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Too many wrong admin tokens");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> ask = post("/sparql", "query=" + URLEncoder.encode("ASK { GRAPH <urn:x> { ?s ?p ?o } }", StandardCharsets.UTF_8), null);
        assertThat(ask.body()).contains("false");
    }

    @Test
    void aFormOverTwoMegabytesStillRunsAndOneOverTheLimitIsTold413() throws Exception {
        String padding = "#" + "x".repeat(3 * 1024 * 1024) + "\n";
        HttpResponse<String> big = post("/sparql", "query=" + URLEncoder.encode(padding + "ASK {}", StandardCharsets.UTF_8), null);
        assertThat(big.statusCode()).isEqualTo(200);
        String huge = "#" + "x".repeat((int) RequestSizeFilter.MAX_BYTES) + "\n";
        HttpResponse<String> tooBig = post("/sparql", "query=" + URLEncoder.encode(huge + "ASK {}", StandardCharsets.UTF_8), null);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("at most 16 MB");
    }
}
