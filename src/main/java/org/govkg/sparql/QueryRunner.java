package org.govkg.sparql;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.govkg.store.KnowledgeStore;
import org.govkg.vocab.Prefixes;

/**
 * Runs one SPARQL query against a store and writes the answer in the format asked for. govkg's
 * prefixes (gkg:, skos:, org:, dcterms: …) are predefined, so queries need not declare them.
 */
public final class QueryRunner {

    /** Output formats: {@code text} is a table for people, the rest are the standard media types. */
    public enum Format {
        TEXT, JSON, CSV, TSV, XML, TURTLE, NTRIPLES, JSONLD;

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private final KnowledgeStore store;

    public QueryRunner(KnowledgeStore store) {
        this.store = store;
    }

    /** Parses the query with govkg's prefixes predefined; throws {@link org.apache.jena.query.QueryParseException}. */
    public static Query parse(String sparql) {
        Query q = new Query();
        // An unlocked copy: the query's own PREFIX lines may add to or override the standard ones.
        q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
        return QueryFactory.parse(q, sparql, null, Syntax.syntaxARQ);
    }

    public void run(String sparql, Format format, OutputStream out) {
        Query q = parse(sparql);
        store.read(conn -> {
            try (QueryExecution qe = conn.query(q)) {
                if (q.isSelectType())
                    writeSelect(q, qe.execSelect(), format, out);
                else if (q.isAskType())
                    writeAsk(qe.execAsk(), format, out);
                else
                    writeGraph(q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), format, out);
            }
            return null;
        });
    }

    private static void writeSelect(Query q, ResultSet rs, Format format, OutputStream out) {
        if (format == Format.TEXT)
            ResultSetFormatter.out(out, rs, q.getPrologue());
        else
            ResultSetMgr.write(out, rs, resultsLang(format));
    }

    private static void writeAsk(boolean answer, Format format, OutputStream out) {
        if (format == Format.TEXT)
            ResultSetFormatter.out(out, answer);
        else
            ResultSetMgr.write(out, answer, resultsLang(format));
    }

    private static void writeGraph(Model m, Format format, OutputStream out) {
        m.setNsPrefixes(Prefixes.standard());
        Lang lang = switch (format) {
            case NTRIPLES -> Lang.NTRIPLES;
            case JSONLD, JSON -> Lang.JSONLD;
            case XML -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        RDFDataMgr.write(out, m, lang);
    }

    private static Lang resultsLang(Format format) {
        return switch (format) {
            case JSON -> ResultSetLang.RS_JSON;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case XML -> ResultSetLang.RS_XML;
            default -> throw new IllegalArgumentException(
                "format " + format.name().toLowerCase(Locale.ROOT) + " is for graphs; use text, json, csv, tsv or xml for SELECT and ASK");
        };
    }
}
