package org.govkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.Test;

/** The sample documents (a reply, a group notice, a plan, a work summary, a news item) name the same bodies in different forms. */
class CrossDocumentResolutionTest {
    private static final String PREFIXES = "PREFIX gkg: <https://govkg.org/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    private static EmbeddedStore load(List<Path> files) {
        EmbeddedStore store = EmbeddedStore.inMemory();
        new Ingester(store, new DocumentReader()).ingest(files, o -> { });
        return store;
    }

    private static List<Path> samples() throws Exception {
        return Ingester.expand(List.of(Path.of("data/documents")));
    }

    private static List<String> select(EmbeddedStore store, String query, String var) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            c.querySelect(PREFIXES + query, r -> out.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
            return out;
        });
    }

    @Test
    void oneBodyNamedDifferentlyInSeveralDocumentsIsOneNode() throws Exception {
        try (EmbeddedStore store = load(samples())) {
            for (String body : List.of("红河州发展和改革委员会", "红河州数据发展中心")) {
                List<String> nodes = select(store, "SELECT DISTINCT ?e { ?e a gkg:Organization ; skos:prefLabel \"" + body + "\"@zh }", "e");
                assertThat(nodes).as(body).hasSize(1);
                List<String> documents = select(store, "SELECT DISTINCT ?d { ?d gkg:mentions <" + nodes.get(0) + "> }", "d");
                assertThat(documents).as(body + " is mentioned by").hasSizeGreaterThanOrEqualTo(3);
            }
            List<String> labels = select(store, "SELECT DISTINCT ?l { ?e skos:prefLabel \"红河州发展和改革委员会\"@zh ; skos:altLabel ?l }", "l");
            assertThat(labels).contains("州发展改革委");
        }
    }

    @Test
    void shortAndFullRegionNamesAreOneRegion() throws Exception {
        try (EmbeddedStore store = load(samples())) {
            assertThat(select(store, "SELECT DISTINCT ?e { ?e a gkg:Region ; skos:prefLabel ?n FILTER(CONTAINS(?n, \"红河\")) }", "e")).hasSize(1);
            assertThat(select(store, "SELECT ?n { ?e a gkg:Region ; skos:prefLabel ?n ; skos:altLabel \"红河州\"@zh }", "n"))
                .containsOnly("红河哈尼族彝族自治州");
        }
    }

    /** The same graphs, but for when each document was stored (which is what order means). */
    @Test
    void ingestingInAnotherOrderExportsTheSameGraphs() throws Exception {
        List<Path> files = samples();
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        try (EmbeddedStore a = load(files); EmbeddedStore b = load(reversed)) {
            assertThat(sortedNQuads(b)).isEqualTo(sortedNQuads(a));
        }
    }

    private static List<String> sortedNQuads(EmbeddedStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.contains("<http://www.w3.org/ns/prov#generatedAtTime>"))
            .sorted().toList();
    }

    private static java.util.Set<String> entities(String text, org.govkg.vocab.EntityType type) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        new org.govkg.extract.DocumentExtractor().extract(text).mentions().stream()
            .filter(m -> m.entity().type() == type).forEach(m -> out.add(org.govkg.ingest.Iris.entity(m.entity())));
        return out;
    }

    @Test
    void officesOfTwoGroupsAreTwoBodies() {
        java.util.Set<String> a = entities("某某市人民政府办公室关于成立某某市数据工作领导小组的通知\n某某市数据工作领导小组办公室设在市数据局。\n",
            org.govkg.vocab.EntityType.ORGANIZATION);
        java.util.Set<String> b = entities("某某市人民政府办公室关于成立某某市安全生产领导小组的通知\n某某市安全生产领导小组办公室设在市应急管理局。\n",
            org.govkg.vocab.EntityType.ORGANIZATION);
        java.util.Set<String> shared = new java.util.TreeSet<>(a);
        shared.retainAll(b);
        assertThat(shared).hasSize(1); // only 某某市人民政府办公室, the issuer of both
    }

    @Test
    void aTopicIsNotTheWorkingGroupNamedAfterIt() {
        assertThat(entities("某某州人民政府关于加快发展数字经济的意见\n大力发展数字经济，推进数字政府建设。\n",
            org.govkg.vocab.EntityType.LEADERSHIP_GROUP)).isEmpty();
    }

    @Test
    void aCountyBureauIsNotThePrefecturesCommission() {
        java.util.Set<String> county = entities("某某县人民政府办公室关于做好项目储备的通知\n县发展改革局牵头。\n", org.govkg.vocab.EntityType.ORGANIZATION);
        java.util.Set<String> prefecture = entities("某某州人民政府办公室关于做好项目储备的通知\n州发展改革委牵头。\n", org.govkg.vocab.EntityType.ORGANIZATION);
        county.retainAll(prefecture);
        assertThat(county).isEmpty();
    }

    @Test
    void aBodyNamedWithTheFullOrTheUsualPrefectureNameIsOneBody() {
        java.util.Set<String> full = entities("红河哈尼族彝族自治州人民政府办公室关于做好数据工作的通知\n红河哈尼族彝族自治州发展和改革委员会牵头。\n",
            org.govkg.vocab.EntityType.ORGANIZATION);
        java.util.Set<String> usual = entities("红河州人民政府办公室关于做好数据工作的通知\n州发改委牵头。\n", org.govkg.vocab.EntityType.ORGANIZATION);
        assertThat(full).isEqualTo(usual);
    }
}
