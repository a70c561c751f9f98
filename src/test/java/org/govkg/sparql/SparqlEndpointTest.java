package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The SPARQL endpoint over real HTTP, serving the sample documents of {@code data/} from an in-memory TDB2 store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.admin-token=" + SparqlEndpointTest.TOKEN,
    "govkg.sparql.timeout=2s"})
class SparqlEndpointTest {
    static final String TOKEN = "test-admin-token";
    static final String PREFIXES = "PREFIX gkg: <" + GKG.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    static final String OFFICES = PREFIXES + "CONSTRUCT { ?g gkg:officeIn ?o } WHERE { ?g gkg:officeIn ?o }";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    JsonNode select(String query) throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q(query), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void sampleDataHoldsEntitiesOfAllSixCoreClasses() throws Exception {
        JsonNode json = select(PREFIXES + "SELECT DISTINCT ?type { ?e a ?type . ?type <http://www.w3.org/2000/01/rdf-schema#subClassOf> gkg:Entity }");
        List<String> types = new ArrayList<>();
        json.at("/results/bindings").forEach(b -> types.add(b.at("/type/value").asText().replace(GKG.NS, "")));
        assertThat(types).contains("Organization", "LeadershipGroup", "Plan", "Project", "Person", "Region");
    }

    @Test
    void selectAnswersInEachResultFormatByAccept() throws Exception {
        String select = PREFIXES + "SELECT ?name { ?g a gkg:LeadershipGroup ; skos:prefLabel ?name }";
        String query = "/sparql?query=" + q(select);
        List<String> names = new ArrayList<>();
        select(select).at("/results/bindings").forEach(b -> names.add(b.at("/name/value").asText()));
        assertThat(names).contains("建设“数字红河”领导小组");
        assertThat(get(query, "application/sparql-results+xml").body()).contains("<sparql").contains("建设“数字红河”领导小组");
        HttpResponse<String> csv = get(query, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("name\r\n").contains("建设“数字红河”领导小组");
        assertThat(get(query, "text/tab-separated-values").body()).startsWith("?name\n").contains("\"建设“数字红河”领导小组\"@zh");
    }

    @Test
    void queryByPostFormAndByDirectBodyAgree() throws Exception {
        String query = PREFIXES + "SELECT (COUNT(?e) AS ?n) { ?e a gkg:Organization }";
        HttpResponse<String> form = post("/sparql", "application/x-www-form-urlencoded", "query=" + q(query),
            "Accept", "text/csv");
        HttpResponse<String> direct = post("/sparql", "application/sparql-query", query, "Accept", "text/csv");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo(direct.body()).matches("(?s)n\r\n[1-9][0-9]*\r\n");
    }

    @Test
    void constructAnswersInEachGraphFormatByAccept() throws Exception {
        Model expected = null;
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML)) {
            HttpResponse<String> r = get("/sparql?query=" + q(OFFICES), lang.getHeaderString());
            assertThat(r.statusCode()).as(lang.getName()).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).lang(lang).parse(m);
            assertThat(m.listStatements(null, GKG.officeIn, (org.apache.jena.rdf.model.RDFNode) null).toList()).isNotEmpty();
            if (expected == null)
                expected = m;
            assertThat(m.isIsomorphicWith(expected)).as(lang.getName()).isTrue();
        }
    }

    @Test
    void malformedQueryGets400WithTheParserMessageAndPosition() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Parse error").contains("line 1, column");
    }

    @Test
    void updateWithoutTokenIs401AndChangesNothing() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:a> { <urn:x> <urn:p> \"no\" } }";
        assertThat(post("/update", "application/sparql-update", update).statusCode()).isEqualTo(401);
        assertThat(post("/update", "application/sparql-update", update, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(select("ASK { GRAPH <urn:test:a> { ?s ?p ?o } }").get("boolean").asBoolean()).isFalse();
    }

    @Test
    void updateWithTokenChangesTheStore() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:b> { <urn:x> <urn:p> \"yes\" } }";
        HttpResponse<String> r = post("/update", "application/sparql-update", update, "Authorization", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isBetween(200, 204);
        assertThat(select("ASK { GRAPH <urn:test:b> { <urn:x> <urn:p> \"yes\" } }").get("boolean").asBoolean()).isTrue();
    }

    @Test
    void loadIsRefusedEvenWithTheTokenSoNoLocalFileGetsIn() throws Exception {
        for (String[] r : List.of(new String[]{"application/x-www-form-urlencoded", "update=" + q("LOAD <file:///etc/passwd> INTO GRAPH <urn:passwd>")},
                new String[]{"application/sparql-update", "LOAD <file:///etc/hostname>"})) {
            HttpResponse<String> load = post("/update", r[0], r[1], "Authorization", "Bearer " + TOKEN);
            assertThat(load.statusCode()).isEqualTo(403);
            assertThat(load.body()).contains("LOAD is refused");
        }
        assertThat(select("ASK { GRAPH <urn:passwd> { ?s ?p ?o } }").at("/boolean").asBoolean()).isFalse();
        assertThat(select("ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"root:\")) }").at("/boolean").asBoolean()).isFalse();
    }

    @Test
    void graphStoreProtocolReadsADocumentsGraphAndRefusesWrites() throws Exception {
        String graph = GKG.DOCUMENT_BASE + "02-honghe-digital-group-notice.txt";
        HttpResponse<String> r = get("/data?graph=" + q(graph), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("中共红河州委办公室");
        HttpRequest put = HttpRequest.newBuilder(URI.create(url("/data?graph=" + q(graph))))
            .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertThat(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void queryRunningPastTheTimeoutGetsAClearError() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
            "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("Query timed out");
    }

    @Test
    void jenaRemoteClientQueriesAndFetchesThroughTheSparqlUrl() {
        try (RDFConnection conn = RDFConnection.connect(url("/sparql"))) {
            Model offices = conn.queryConstruct(OFFICES);
            assertThat(offices.size()).isPositive();
            assertThat(conn.fetch(GKG.DOCUMENT_BASE + "01-honghe-ai-proposal-reply.txt").size()).isGreaterThan(100);
        }
    }

    @Test
    void jenaRemoteClientUpdatesOnlyWithTheBearerToken() {
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(url(""))
                .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data").build()) {
            assertThatThrownBy(() -> conn.update("INSERT DATA { <urn:r> <urn:p> 1 }"))
                .isInstanceOf(HttpException.class).hasMessageContaining("401");
            AuthEnv.get().setBearerToken(url("/update"), TOKEN);
            try {
                conn.update("INSERT DATA { GRAPH <urn:test:c> { <urn:r> <urn:p> 1 } }");
            } finally {
                AuthEnv.get().unregisterAuthModifier(url("/update"));
            }
            assertThat(conn.queryAsk("ASK { GRAPH <urn:test:c> { <urn:r> <urn:p> 1 } }")).isTrue();
        }
    }

    @Test
    void healthEndpointReportsUp() throws Exception {
        HttpResponse<String> r = get("/actuator/health", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void homePageIsServedOnTheSamePort() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("govkg 数字政府知识图谱").contains("/sparql");
    }
}
