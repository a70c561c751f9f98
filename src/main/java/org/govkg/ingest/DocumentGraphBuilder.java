package org.govkg.ingest;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.govkg.extract.DocumentExtractor;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.lexicon.Lexicon;
import org.govkg.history.CompositionStatements;
import org.govkg.resolve.Curation;
import org.govkg.vocab.GKG;

/**
 * The named graph ingest stores for one document, and nothing else does it: extraction with the
 * user's curation, the RDF of the extraction, curated labels, and the SHACL check whose violation
 * count the graph records. {@code govkg extract} shows exactly this graph.
 */
public final class DocumentGraphBuilder {
    private final DocumentExtractor extractor;
    private final DocumentGraphWriter writer = new DocumentGraphWriter();
    private final GraphValidator validator = new GraphValidator();
    private final Curation curation;
    private final CompositionStatements compositions = new CompositionStatements(Lexicon.standard());

    public DocumentGraphBuilder(Curation curation) {
        this.curation = curation;
        this.extractor = new DocumentExtractor(curation);
    }

    /** A document's graph, with what it was built from. */
    public record Built(String graphIri, Extraction extraction, Model graph, List<GraphValidator.Violation> violations) {}

    /** The document as ingest sees it: its content hash also covers the curation, so a changed curation re-reads it. */
    public SourceDocument curated(SourceDocument read) {
        return curation.hash().isEmpty() ? read : read.withHash(read.contentHash() + "+" + curation.hash());
    }

    /** The graph of a document (read with {@link #curated}). */
    public Built build(SourceDocument doc) {
        String graphIri = Iris.document(doc.name());
        Extraction x = extractor.extract(doc.text());
        Model graph = writer.write(doc, x);
        DocumentGraphWriter.relabel(graph, curation);
        compositions.addTo(graph, graphIri);
        List<GraphValidator.Violation> violations = validator.validate(graph);
        graph.addLiteral(ResourceFactory.createResource(graphIri), GKG.shaclViolations, (long) violations.size());
        return new Built(graphIri, x, graph, violations);
    }
}
