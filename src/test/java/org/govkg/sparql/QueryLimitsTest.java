package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runaway queries are bounded: results are capped (and the response says so), one client can run
 * only a few queries at once and use only so much query time a minute, and gets 429 with the
 * reason and a Retry-After beyond that. Small limits here so that the test is quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.sparql.timeout=1500ms",
    "govkg.sparql.max-rows=50", "govkg.sparql.per-client=2", "govkg.sparql.budget-per-minute=2500ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryLimitsTest {
    private static final String CROSS_JOIN = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
    private static final String SLOW = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY RAND()";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpRequest get(String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "application/sparql-results+json").build();
    }

    @Test
    @Order(1)
    void aCrossJoinGetsAtMostTheCapAndIsToldSo() throws Exception {
        HttpResponse<String> r = http.send(get(CROSS_JOIN), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(QueryLimits.ROW_CAP_HEADER)).hasValue("50");
        assertThat(new ObjectMapper().readTree(r.body()).at("/results/bindings").size()).isEqualTo(50);

        HttpResponse<String> small = http.send(get("SELECT * { ?s ?p ?o } LIMIT 5"), HttpResponse.BodyHandlers.ofString());
        assertThat(small.headers().firstValue(QueryLimits.ROW_CAP_HEADER)).isEmpty();
        assertThat(new ObjectMapper().readTree(small.body()).at("/results/bindings").size()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void oneClientCanNeitherRunManyAtOnceNorSpendMoreThanItsMinute() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> running = IntStream.range(0, 4)
            .mapToObj(i -> http.sendAsync(get(SLOW), HttpResponse.BodyHandlers.ofString())).toList();
        List<HttpResponse<String>> done = running.stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> refused = done.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused.get(0).body()).contains("Too many queries at once");
        assertThat(refused.get(0).headers().firstValue("Retry-After")).isPresent();

        // the two that ran spent about 3 s (each cut at 1.5 s), more than the 2.5 s a minute allowed
        HttpResponse<String> cheap = http.send(get("ASK {}"), HttpResponse.BodyHandlers.ofString());
        assertThat(cheap.statusCode()).isEqualTo(429);
        assertThat(cheap.body()).contains("Query time used up");
        assertThat(Long.parseLong(cheap.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 61L);
    }
}
