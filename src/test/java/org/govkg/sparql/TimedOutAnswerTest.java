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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A query cut by its timeout after it had produced rows gets 503 and the reason, not a 200 whose
 * JSON ends in "Incomplete results". The answer buffer is large here, so every cut happens while
 * the answer is still held back; {@link TimedOutStreamTest} covers an answer too large to hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.sparql.timeout=1s",
    "govkg.sparql.max-rows=100000000", "govkg.sparql.answer-buffer=1GB"})
class TimedOutAnswerTest {
    static final String ENDLESS = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static HttpRequest select(int port, String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
            .header("Accept", "application/sparql-results+json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    @Test
    void anAnswerCutByTheTimeoutIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> r = http.send(select(port, ENDLESS), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).startsWith("Query timed out after 1.0 s: the answer was incomplete").doesNotContain("bindings");
    }

    @Test
    void aCompleteAnswerIsSentWhole() throws Exception {
        HttpResponse<String> r = http.send(select(port, "SELECT * { ?s ?p ?o } LIMIT 7"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(new ObjectMapper().readTree(r.body()).at("/results/bindings").size()).isEqualTo(7);
    }

    @Test
    void aSyntaxErrorIsStillABadRequest() throws Exception {
        HttpResponse<String> r = http.send(select(port, "SELEC * { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Lexical error");
    }
}
