package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without an admin token, SPARQL Update is refused outright, whatever the request carries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=src/test/resources/no-such-folder", "govkg.admin-token="})
class SparqlUpdateDisabledTest {
    @LocalServerPort
    int port;

    @Test
    void updateIsForbiddenWhenNoTokenIsConfigured() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/update"))
            .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer anything")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("GOVKG_ADMIN_TOKEN");
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query=ASK%7B%3Curn%3Aa%3E%3Fp%3Fo%7D"))
            .header("Accept", "application/sparql-results+json").build();
        assertThat(HttpClient.newHttpClient().send(ask, HttpResponse.BodyHandlers.ofString()).body()).contains("false");
    }
}
