package org.govkg.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.govkg.store.Ontology;

/** Validates a document's graph against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class GraphValidator {
    private final Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());

    /** One violation, readable on one line. */
    public record Violation(String focusNode, String path, String message) {
        @Override
        public String toString() {
            return focusNode + " " + path + ": " + message;
        }
    }

    public List<Violation> validate(Model graph) {
        Graph g = graph.getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries())
            if (e.severity() == Severity.Violation)
                out.add(new Violation(e.focusNode().toString(), String.valueOf(e.resultPath()), e.message()));
        return out;
    }
}
