package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A document whose names and sentences hold {@code <script>}, quotes and ampersands: every page
 * shows them as text, and the Content-Security-Policy forbids inline script besides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=src/test/resources/hostile"})
class EscapingTest {
    static final String DOC = "https://govkg.org/doc/hostile-notice.txt";
    static final String SCRIPT = "<script>alert(1)</script>";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    String body(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).doesNotContain("unsafe-inline' ; script"));
        assertThat(r.body()).as(path).doesNotContain(SCRIPT).doesNotContain("<b>城市大脑</b>");
        return r.body();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void documentPageShowsMarkupAsText() throws Exception {
        Document d = Jsoup.parse(body("/document?iri=" + q(DOC)));
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("#doc-title").text()).contains(SCRIPT);
        assertThat(d.select("#doctext").text()).contains(SCRIPT).contains("<b>城市大脑</b>平台&amp;数据中台").contains("某市\"A&B\"大数据管理局");
        assertThat(d.select("#doctext b")).isEmpty();
    }

    @Test
    void searchEntityAndHomePagesShowMarkupAsText() throws Exception {
        Document s = Jsoup.parse(body("/search?q=" + q("A&B")));
        assertThat(s.select("script")).isEmpty();
        assertThat(s.select("#hits .name").eachText()).contains("某市\"A&B\"大数据管理局");
        String orgIri = s.select("#hits .name").first().attr("href");
        Document e = Jsoup.parse(body(orgIri));
        assertThat(e.select("script")).isEmpty();
        assertThat(e.select("#entity-name").text()).isEqualTo("某市\"A&B\"大数据管理局");
        assertThat(e.select("#diagram svg script")).isEmpty();
        Document home = Jsoup.parse(body("/"));
        assertThat(home.select("script")).isEmpty();
        assertThat(home.text()).contains(SCRIPT);
        Document plans = Jsoup.parse(body("/search?q=" + q("alert")));
        assertThat(plans.select("script")).isEmpty();
        Document docs = Jsoup.parse(body("/documents"));
        assertThat(docs.select("#documents").text()).contains(SCRIPT);
        Jsoup.parse(body("/quality"));
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebConfiguration.CSP);
        assertThat(WebConfiguration.CSP).contains("script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
