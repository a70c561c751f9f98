package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.govkg.vocab.GKG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Documents and groups are called what they are: a notice 通知, an agreement 协议 signed by its
 * parties, a working group 工作组, in SPARQL (under their core class as well), on pages and in
 * diagrams; over real HTTP on the sample documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"govkg.store=memory", "govkg.data=data"})
class EntityKindsTest {
    private static final String P = "PREFIX gkg: <" + GKG.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    private String get(String path, String accept) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private List<String> column(String select) throws Exception {
        String csv = get("/sparql?query=" + URLEncoder.encode(P + select, StandardCharsets.UTF_8), "text/csv");
        List<String> out = new ArrayList<>();
        csv.lines().skip(1).forEach(l -> out.add(l.strip().replaceAll("^\"|\"$", "")));
        return out;
    }

    private String iriOf(String cls, String contains) throws Exception {
        return column("SELECT ?x { ?x a gkg:" + cls + " ; skos:prefLabel ?l FILTER(CONTAINS(?l, \"" + contains + "\")) } LIMIT 1").get(0);
    }

    @Test
    void kindsAreSubclassesSoQueriesForTheCoreClassStillFindThem() throws Exception {
        List<String> agreements = column("SELECT ?x { ?x a gkg:Agreement }");
        assertThat(agreements).isNotEmpty();
        assertThat(column("SELECT ?x { ?x a gkg:Plan }")).containsAll(agreements);
        List<String> notices = column("SELECT ?x { ?x a gkg:Notice }");
        assertThat(notices).isNotEmpty().doesNotContainAnyElementsOf(agreements);
        List<String> workingGroups = column("SELECT ?l { ?x a gkg:WorkingGroup ; skos:prefLabel ?l }");
        assertThat(workingGroups).contains("数字城市工作组").doesNotContain("建设“数字红河”领导小组");
        assertThat(column("SELECT ?l { ?x a gkg:LeadershipGroup ; skos:prefLabel ?l }")).containsAll(workingGroups);
        assertThat(column("SELECT ?s { ?s a gkg:Organization ; gkg:signed ?a . ?a a gkg:Agreement }")).isNotEmpty();
        assertThat(column("SELECT ?s { ?s gkg:issued ?a . ?a a gkg:Agreement }")).isEmpty();
    }

    @Test
    void pagesNameTheKindAndCountWorkingGroupsApart() throws Exception {
        Document notice = Jsoup.parse(get("/entity?iri=" + URLEncoder.encode(iriOf("Notice", "调整充实"), StandardCharsets.UTF_8), "text/html"));
        assertThat(notice.select("main > p .badge").first().text()).isEqualTo("通知");

        Document group = Jsoup.parse(get("/entity?iri=" + URLEncoder.encode(WebPagesTest.GROUP, StandardCharsets.UTF_8), "text/html"));
        assertThat(group.select("section.relation[data-relation=下设工作组] .badge").eachText()).containsOnly("工作组");
        assertThat(group.select("#diagram svg title, #diagram svg a").toString()).contains("工作组：数字城市工作组");

        Document home = Jsoup.parse(get("/", "text/html"));
        int groups = column("SELECT ?x { ?x a gkg:LeadershipGroup }").size();
        int working = column("SELECT ?x { ?x a gkg:WorkingGroup }").size();
        String groupCard = home.select("#counts .card").stream().filter(c -> c.text().contains("领导小组")).findFirst().orElseThrow().select(".n").text();
        assertThat(Integer.parseInt(groupCard)).isEqualTo(groups - working);
        assertThat(home.select("#kinds").text()).contains("工作组 " + working).contains("通知").contains("协议");

        String search = get("/search?q=" + URLEncoder.encode("合作协议", StandardCharsets.UTF_8), "text/html");
        assertThat(Jsoup.parse(search).select("#hits .badge").eachText()).contains("协议");
    }
}
