package org.govkg.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govkg.store.KnowledgeStore;

/**
 * The SPARQL 1.1 Service Description of the endpoint: languages, result formats, the union
 * default graph and the number of named graphs, as RDF.
 */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
        "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"};

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpoint}, with counts read from {@code store}. */
    public static Model of(String endpoint, String graphStore, KnowledgeStore store) {
        // no triple count: on a large store counting would make this page the slowest request
        long graphs = store.read(conn -> {
            long[] c = new long[1];
            conn.querySelect("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }", row -> c[0] = row.getLiteral("n").getLong());
            return c[0];
        });
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcterms", DCTerms.NS);
        Resource service = m.createResource(endpoint)
            .addProperty(RDF.type, m.createResource(SD + "Service"))
            .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
            .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
            .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
            .addProperty(sd(m, "feature"), m.createResource(SD + "BasicFederatedQuery"))
            .addProperty(DCTerms.description, "govkg: organizations, leadership groups, plans and projects read from "
                + "Chinese government documents; one named graph per document. SPARQL Update is at /update "
                + "(admin token); graphs can be read over the Graph Store Protocol at " + graphStore + ".", "en")
            .addProperty(DCTerms.description, "govkg：从政府文件中抽取的机构、领导小组、规划与项目；每份文件一个命名图。", "zh");
        for (String f : RESULT_FORMATS)
            service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f));
        Resource defaultGraph = m.createResource()
            .addProperty(RDF.type, m.createResource(SD + "Graph"))
            .addProperty(DCTerms.description, "The union of all named graphs.", "en");
        Resource dataset = m.createResource()
            .addProperty(RDF.type, m.createResource(SD + "Dataset"))
            .addProperty(sd(m, "defaultGraph"), defaultGraph)
            .addLiteral(m.createProperty(VOID, "graphs"), m.createTypedLiteral(java.math.BigInteger.valueOf(graphs)));
        service.addProperty(sd(m, "defaultDataset"), dataset);
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
