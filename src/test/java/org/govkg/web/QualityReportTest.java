package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.bench.SyntheticGraphs;
import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The data-quality report names the entities that share a name and those no sentence mentions. */
class QualityReportTest {

    @Test
    @SuppressWarnings("unchecked")
    void sharedNamesListEveryEntityAndUnmentionedEntitiesAreListed() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            Model m = ModelFactory.createDefaultModel();
            SyntheticGraphs.entity(m, "organization", "a", GKG.Organization, "某市大数据管理局").addProperty(SKOS.altLabel, "市数据局", "zh");
            SyntheticGraphs.entity(m, "organization", "b", GKG.Organization, "某市数据资源局").addProperty(SKOS.altLabel, "市数据局", "zh");
            SyntheticGraphs.entity(m, "organization", "c", GKG.Organization, "某市财政局");
            store.replaceGraph(GKG.DOCUMENT_BASE + "q", m);
            ExtendedModelMap model = new ExtendedModelMap();
            new QualityController(store).page(model);
            List<QualityController.Shared> shared = (List<QualityController.Shared>) model.get("shared");
            assertThat(shared).hasSize(1);
            assertThat(shared.get(0).name()).isEqualTo("市数据局");
            assertThat(shared.get(0).entities()).extracting(QualityController.Item::label).containsExactly("某市大数据管理局", "某市数据资源局");
            List<QualityController.Item> unsourced = (List<QualityController.Item>) model.get("unsourced");
            assertThat(unsourced).extracting(QualityController.Item::label).contains("某市财政局");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentWithShaclViolationsIsReportedWithItsMessages() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            Model m = ModelFactory.createDefaultModel();
            String doc = GKG.DOCUMENT_BASE + "bad";
            // an organization with no name and no mention breaks the shapes
            m.createResource(GKG.ENTITY_BASE + "organization/x", GKG.Organization);
            m.createResource(doc, GKG.Document).addLiteral(GKG.shaclViolations, 2);
            store.replaceGraph(doc, m);
            ExtendedModelMap model = new ExtendedModelMap();
            new QualityController(store).page(model);
            List<QualityController.Report> reports = (List<QualityController.Report>) model.get("reports");
            assertThat(reports).singleElement().satisfies(r -> {
                assertThat(r.iri()).isEqualTo(doc);
                assertThat(r.messages()).isNotEmpty();
            });
        }
    }
}
