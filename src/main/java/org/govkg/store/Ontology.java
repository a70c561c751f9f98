package org.govkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology and SHACL shapes of {@code ontology/}, as packaged in the jar. */
public final class Ontology {
    private static final String ONTOLOGY = "/ontology/govkg.ttl";
    private static final String SHAPES = "/ontology/shapes.ttl";

    private Ontology() {}

    public static Model ontology() {
        return load(ONTOLOGY);
    }

    /** The ontology's Turtle source, verbatim. */
    public static String ontologyText() {
        try (InputStream in = Ontology.class.getResourceAsStream(ONTOLOGY)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + ONTOLOGY);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Model shapes() {
        return load(SHAPES);
    }

    private static Model load(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + resource);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
