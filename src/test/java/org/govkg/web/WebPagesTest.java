package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The web app's pages over real HTTP, on the sample documents, read as a browser would get them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"govkg.store=memory", "govkg.data=data"})
class WebPagesTest {
    static final String GROUP = "https://govkg.org/id/group/433a8c00bf76367d";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Document page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).as("CSP on " + path)
            .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'").contains("object-src 'none'"));
        return Jsoup.parse(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void homeShowsCountsMostConnectedAndLatestDocuments() throws Exception {
        Document home = page("/");
        assertThat(home.select("form.search input[name=q]")).hasSize(1);
        assertThat(home.select("#counts .card").text()).contains("领导小组").contains("机构").contains("来源文件");
        assertThat(home.text()).contains("建设“数字红河”领导小组").contains("红河州数据发展中心2022年工作总结");
    }

    @Test
    void searchFindsTheGroupTheCommissionByItsAbbreviationAndTheDataCentre() throws Exception {
        Document group = page("/search?q=" + q("数字红河"));
        assertThat(group.select("#hits .hit .name").first().text()).isEqualTo("建设“数字红河”领导小组");
        assertThat(group.select("#hits .hit").first().select(".sentence").text()).contains("数字红河");
        Document ndrc = page("/search?q=" + q("发改委"));
        assertThat(ndrc.select("#hits .hit .name").eachText()).contains("红河州发展和改革委员会");
        Document dc = page("/search?q=" + q("大数据中心") + "&type=project");
        assertThat(dc.select("#hits .hit .name").first().text()).isEqualTo("华为红河州云计算大数据中心");
        assertThat(dc.select("#hits .badge").eachText()).containsOnly("项目");
    }

    @Test
    void searchAnswersJsonToClientsThatAskForIt() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("数字红河"), "application/json");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("hits").get(0).get("label").asText()).isEqualTo("建设“数字红河”领导小组");
        assertThat(json.get("hits").get(0).get("type").asText()).isEqualTo("group");
        assertThat(json.get("hits").get(0).get("iri").asText()).isEqualTo(GROUP);
    }

    @Test
    void entityPageShowsLeadersOfficeSentencesAndOrgChart() throws Exception {
        Document e = page("/entity?iri=" + q(GROUP));
        assertThat(e.select("#entity-name").text()).isEqualTo("建设“数字红河”领导小组");
        // Who leads it and where its office is, right under the name.
        assertThat(e.select("dd.headline").eachText()).anyMatch(t -> t.contains("州长（双组长）"))
            .anyMatch(t -> t.equals("红河州发展和改革委员会"));
        assertThat(e.select("section.relation[data-relation=组长职务]").text()).contains("州长（双组长）").contains("州委书记（双组长）");
        assertThat(e.select("section.relation[data-relation=办公室设在]").text()).contains("红河州发展和改革委员会")
            .contains("办公室设在州发展改革委");
        assertThat(e.select("section.relation[data-relation=下设工作组]").text()).contains("数字政府工作组");
        assertThat(e.select("section.relation[data-relation=成立]").text()).contains("关于成立建设“数字红河”领导小组的通知");
        assertThat(e.select("#diagram svg")).hasSize(1);
        assertThat(e.select("#diagram svg a").eachAttr("xlink:href")).anyMatch(h -> h.startsWith("/entity?iri="));
        assertThat(e.select(".src a").first().attr("href")).startsWith("/document?iri=").contains("sentence=").endsWith("#hl");
    }

    @Test
    void entityIrisServeRdfToClientsThatAskForIt() throws Exception {
        for (String[] f : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDFXML"}}) {
            HttpResponse<String> r = get("/entity?iri=" + q(GROUP), f[0]);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(f[0]));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE.getLabel().equals(f[1]) ? Lang.TURTLE : f[1].equals("JSONLD") ? Lang.JSONLD : f[1].equals("RDFXML") ? Lang.RDFXML : Lang.TURTLE).parse(m);
            assertThat(m.contains(m.getResource(GROUP), SKOS.prefLabel, m.createLiteral("建设“数字红河”领导小组", "zh"))).as(f[0]).isTrue();
        }
        HttpResponse<String> download = get("/entity?iri=" + q(GROUP) + "&format=ttl", "text/html");
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/turtle"));
        assertThat(get("/entity?iri=" + q("https://govkg.org/id/group/0000000000000000"), "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> missing = get("/entity?iri=" + q("https://govkg.org/id/group/0000000000000000"), "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("#error").text()).contains("no entity https://govkg.org/id/group/0000000000000000");
        HttpResponse<String> bad = get("/document?iri=" + q("not an iri"), "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select("#error").text()).isEqualTo("not an IRI: not an iri");
    }

    @Test
    void documentPageHighlightsMentionsAndTheSentenceAsked() throws Exception {
        String doc = "https://govkg.org/doc/02-honghe-digital-group-notice.txt";
        Document d = page("/document?iri=" + q(doc));
        assertThat(d.select("#doc-title").text()).contains("调整充实建设“数字红河”领导小组组成人员的通知");
        assertThat(d.select("#doctext a.m").eachText()).contains("建设“数字红河”领导小组");
        assertThat(d.select("#facts tr")).isNotEmpty();
        String sentenceLink = d.select("#facts tr a[href*=sentence]").first().attr("href");
        Document hl = page(sentenceLink.replace("#hl", ""));
        assertThat(hl.select("#hl")).hasSize(1);
        assertThat(hl.select("#doctext .hl").text()).isNotBlank();
        assertThat(d.select("a[href^=/data?graph=]")).isNotEmpty();
    }

    /** The sample documents are stored in file order: the group notice comes after the reply that names the same bodies. */
    @Test
    void documentPageSaysWhatTheDocumentAddedAndWhatWasKnown() throws Exception {
        Document d = page("/document?iri=" + q("https://govkg.org/doc/02-honghe-digital-group-notice.txt"));
        assertThat(d.select("#added p").first().text()).containsPattern("入库时间 \\d{4}-\\d{2}-\\d{2} .*新增实体 \\d+ 个");
        List<String> added = d.select("#added p:contains(新实体) a").eachText();
        List<String> known = d.select("#added p:contains(已知实体) a").eachText();
        assertThat(added).contains("数字经济工作组").doesNotContainAnyElementsOf(known);
        assertThat(known).isNotEmpty();
        Document first = page("/document?iri=" + q("https://govkg.org/doc/01-honghe-ai-proposal-reply.txt"));
        assertThat(first.select("#added p:contains(已知实体)")).as("nothing was stored before the first document").isEmpty();
        // a notice adjusting a group says which posts it changed, against the group's notice before
        Document adjusted = page("/document?iri=" + q("https://govkg.org/doc/08-honghe-one-network-group-adjusted-again.txt"));
        assertThat(adjusted.select("#changed-posts").text()).contains("副组长 陈立新 → 王晓东").doesNotContain("黄志勇");
        Document established = page("/document?iri=" + q("https://govkg.org/doc/06-honghe-one-network-group-established.txt"));
        assertThat(established.select("#changed-posts")).as("setting a group up changes no post").isEmpty();
    }

    @Test
    void feedListsTheStoredDocumentsNewestFirstWithWhatEachAdded() throws Exception {
        HttpResponse<String> r = get("/feed", "application/atom+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/atom+xml"));
        Document feed = Jsoup.parse(r.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).isNotBlank();
        List<String> titles = feed.select("entry > title").eachText();
        assertThat(titles).hasSize(10);
        assertThat(titles.get(0)).as("newest first").contains(page("/document?iri=" + q("https://govkg.org/doc/10-mengzi-digital-government-scheme.txt"))
            .select("#doc-title").text());
        assertThat(feed.select("entry").last().select("summary").text()).containsPattern("\\d+ new entities .*; 0 entities already known");
        assertThat(feed.select("entry link[rel=alternate]").first().attr("href")).contains("/document?iri=");
        assertThat(page("/").select("link[type=application/atom+xml]").attr("href")).isEqualTo("/feed");
    }

    @Test
    void documentsOverviewSortsFiltersAndPages() throws Exception {
        Document all = page("/documents?sort=date&dir=asc");
        assertThat(all.select("#doc-total").text()).contains("10");
        assertThat(all.select("#documents tr td.mono").eachText()).isSorted();
        Document filtered = page("/documents?q=" + q("领导小组"));
        // the four group notices: 数字红河's adjustment and the 一网通办 group's three
        assertThat(filtered.select("#documents tr").size() - 1).isEqualTo(4);
        Document paged = page("/documents?size=2&page=2");
        assertThat(paged.select("#documents tr").size() - 1).isEqualTo(2);
        assertThat(paged.text()).contains("第 2 / 5 页");
        assertThat(get("/documents?sort=colour", "text/html").statusCode()).isEqualTo(400);
    }

    @Test
    void qualityPageReportsShaclUnsourcedAndSharedNames() throws Exception {
        Document qp = page("/quality");
        assertThat(qp.text()).contains("SHACL").contains("没有出处的实体").contains("同名不同实体");
    }

    @Test
    void workbenchOffersTheGalleryAndTheEditorAssetsComeFromTheApp() throws Exception {
        Document wb = page("/workbench");
        assertThat(wb.select("#wb-examples li")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(wb.select("script[src]").eachAttr("src")).allMatch(s -> s.startsWith("/"));
        assertThat(wb.select("link[rel=stylesheet]").eachAttr("href")).allMatch(s -> s.startsWith("/"));
        assertThat(get("/webjars/codemirror/5.65.18/mode/sparql/sparql.js", "*/*").statusCode()).isEqualTo(200);
        assertThat(wb.select("#workbench").attr("data-prefixes")).contains("\"gkg\":\"https://govkg.org/ontology#\"");
    }

    @Test
    void englishOnRequest() throws Exception {
        Document en = page("/?lang=en");
        assertThat(en.select("nav").text()).contains("Documents").contains("Data quality");
        assertThat(en.select("#counts").text()).contains("Leadership group");
        Document e = page("/entity?iri=" + q(GROUP) + "&lang=en");
        assertThat(e.select("section.relation").eachAttr("data-relation")).contains("office located in");
    }
}
