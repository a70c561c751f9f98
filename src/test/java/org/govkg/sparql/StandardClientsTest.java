package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The endpoint as standard clients use it, over real HTTP against the sample documents: a bare
 * GET answers the service description, {@code /data?default} the union, the result-format
 * parameters of common clients work, browsers on other sites may read but not write, and entity
 * IRIs dereference with content negotiation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.admin-token=token"})
class StandardClientsTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String YASGUI = "https://yasgui.triply.cc";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    @Test
    void bareGetOfTheEndpointAnswersItsServiceDescriptionNotTheData() throws Exception {
        HttpResponse<String> r = get("/sparql", "Accept", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Model sd = parse(r.body(), Lang.TURTLE);
        assertThat(sd.contains(sd.createResource(url("/sparql")), sd.createProperty(SD, "endpoint"), sd.createResource(url("/sparql")))).isTrue();
        assertThat(sd.contains(null, sd.createProperty(SD, "feature"), sd.createResource(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(r.body()).doesNotContain(GKG.ENTITY_BASE);
        assertThat(r.body().length()).isLessThan(10_000);
    }

    @Test
    void browserOpeningTheEndpointGetsAPageThatLinksTheWorkbench() throws Exception {
        HttpResponse<String> r = get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("SPARQL 1.1", "href=\"/workbench\"", url("/sparql"));
    }

    @Test
    void defaultGraphOfTheGraphStoreIsTheUnionQueriesSee() throws Exception {
        HttpResponse<String> r = get("/data?default", "Accept", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        Model union = parse(r.body(), Lang.NTRIPLES);
        HttpResponse<String> count = get("/sparql?query=" + q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
        long n = Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip());
        assertThat(union.size()).isEqualTo(n).isGreaterThan(1000);
    }

    @Test
    void aMissingGraphWithAChineseNameIsAPromptNotFound() throws Exception {
        // Fuseki's own answer declared more bytes than it sent, and the client hung waiting for them
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(url("/data?graph=" + q(GKG.DOCUMENT_BASE + "某某市/通知.txt"))))
            .timeout(java.time.Duration.ofSeconds(10)));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("某某市/通知.txt");
    }

    @Test
    void resultFormatParametersOfCommonClientsChooseTheFormat() throws Exception {
        String construct = q("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3");
        String select = q("SELECT ?s WHERE { ?s a ?t } LIMIT 3");
        // the parameters SPARQLWrapper sends: format, output and results, all with the same value
        for (String[] c : List.of(new String[]{construct, "rdf+xml", "application/rdf+xml"},
                new String[]{construct, "n3", "text/turtle"}, new String[]{construct, "json-ld", "application/ld+json"},
                new String[]{select, "json", "application/sparql-results+json"}, new String[]{select, "xml", "application/sparql-results+xml"},
                new String[]{select, "csv", "text/csv"}, new String[]{construct, "xml", "application/rdf+xml"})) {
            HttpResponse<String> r = get("/sparql?query=" + c[0] + "&format=" + q(c[1]) + "&output=" + q(c[1]) + "&results=" + q(c[1]));
            assertThat(r.statusCode()).as(c[1]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(c[1]).startsWith(c[2]);
        }
        HttpResponse<String> unknown = get("/sparql?query=" + select + "&output=pdf");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Unknown result format 'pdf'");
    }

    @Test
    void sparqlWrapperGetsEveryFormatItOffers() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import SPARQLWrapper").start();
        assumeTrue(check.waitFor() == 0, "python3-sparqlwrapper is not installed (./govkg test installs it)");
        Process p = new ProcessBuilder(python.toString(), "src/test/resources/clients/sparqlwrapper.py", url("/sparql"))
            .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out.lines().filter(l -> l.contains(" OK ")).count()).as(out).isEqualTo(8);
    }

    @Test
    void browserPagesOnOtherSitesMayQueryButNotUpdate() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(url("/sparql")))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", YASGUI).header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(YASGUI);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");

        HttpResponse<String> query = get("/sparql?query=" + q("ASK {}"), "Origin", YASGUI, "Accept", "application/sparql-results+json");
        assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue(YASGUI);

        HttpResponse<String> updatePreflight = send(HttpRequest.newBuilder(URI.create(url("/update")))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", YASGUI).header("Access-Control-Request-Method", "POST"));
        assertThat(updatePreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void entityIrisDereferenceOnTheServerByContentNegotiation() throws Exception {
        HttpResponse<String> rows = get("/sparql?query=" + q("PREFIX gkg: <" + GKG.NS + "> SELECT ?g { ?g a gkg:LeadershipGroup } LIMIT 1"),
            "Accept", "text/csv");
        String iri = rows.body().lines().skip(1).findFirst().orElseThrow().strip();
        String path = iri.substring(GKG.DATA_BASE.length() - 1);
        assertThat(path).startsWith("/id/");

        HttpResponse<String> turtle = get(path, "Accept", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().allValues("Vary").toString()).contains("Accept");
        Model m = parse(turtle.body(), Lang.TURTLE);
        assertThat(m.listStatements(m.createResource(iri), null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isNotEmpty();

        HttpResponse<String> html = get(path, "Accept", "text/html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<h1");

        HttpResponse<String> jsonld = get(path, "Accept", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        HttpResponse<String> nt = get(path, "Accept", "application/n-triples");
        assertThat(parse(nt.body(), Lang.NTRIPLES).size()).isEqualTo(m.size());

        String doc = GKG.DOCUMENT_BASE + "01-honghe-ai-proposal-reply.txt";
        HttpResponse<String> document = get(doc.substring(GKG.DATA_BASE.length() - 1), "Accept", "text/turtle");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("01-honghe-ai-proposal-reply.txt");

        assertThat(get("/id/organization/0000000000000000", "Accept", "text/turtle").statusCode()).isEqualTo(404);
    }
}
