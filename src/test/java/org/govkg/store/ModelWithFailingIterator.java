package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.impl.ModelCom;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A graph that fails half-way through being read: stands in for a crash in the middle of a write. */
final class ModelWithFailingIterator extends ModelCom {

    ModelWithFailingIterator(Model source) {
        super(failing(source.getGraph()));
    }

    private static Graph failing(Graph g) {
        return new GraphWrapper(g) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                int[] seen = {0};
                return super.find(s, p, o).mapWith(t -> {
                    if (++seen[0] > 1)
                        throw new IllegalStateException("simulated failure mid-write");
                    return t;
                });
            }

            @Override
            public ExtendedIterator<Triple> find(Triple t) {
                return find(t.getSubject(), t.getPredicate(), t.getObject());
            }
        };
    }
}
