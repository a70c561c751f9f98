package org.govkg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Hashes;
import org.govkg.vocab.Prefixes;

/**
 * A store on a SPARQL 1.1 server (Apache Jena Fuseki, or any server that answers the default
 * graph as the union of its named graphs), reached only through the standard protocols: Query,
 * Update and the Graph Store Protocol. A document's graph is written by one Graph Store PUT, which
 * the server applies as one transaction, so a document is all in or all out there too. Writes are
 * retried with backoff when the server does not answer or answers 5xx; a 4xx is a refusal.
 * Full-text search uses the server's {@code text:query} index when it has one and a SPARQL scan
 * when it has not.
 */
public final class RemoteStore implements KnowledgeStore {
    /** Waits between attempts of a write, in milliseconds: about 8 s in all before giving up. */
    private static final long[] BACKOFF = {250, 500, 1000, 2000, 4000};
    private static final String PREFIXES = Prefixes.sparqlHeader();

    private final RemoteEndpoints endpoints;
    private final HttpClient http;
    private final boolean writable;
    private volatile TextMatch.Method textMethod;

    private RemoteStore(RemoteEndpoints endpoints, boolean writable) {
        this.endpoints = endpoints;
        this.http = endpoints.httpClient();
        this.writable = writable;
    }

    /**
     * The store at a dataset URL, checked: the server answers, its default graph is the union of
     * the named graphs, and it holds govkg's current ontology (written if not).
     */
    public static RemoteStore open(String url, Map<String, String> env) {
        RemoteStore store = new RemoteStore(RemoteEndpoints.of(url, env), true);
        store.loadOntology();
        store.checkUnionDefaultGraph();
        return store;
    }

    /** The store of the govkg server whose base URL (ending in /) is {@code base}, for reading only. */
    public static RemoteStore readOnly(URI base) {
        return new RemoteStore(RemoteEndpoints.ofGovkgServer(base), false);
    }

    /** The services this store talks to, for forwarding the SPARQL protocol to them. */
    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    /** The client that carries the configured credentials. */
    public HttpClient httpClient() {
        return http;
    }

    private RDFConnection connect() {
        var b = RDFConnectionRemote.newBuilder()
            .queryEndpoint(endpoints.query())
            .gspEndpoint(endpoints.data())
            .httpClient(http)
            // queries are checked where they are written; a server's own extensions must pass through
            .parseCheckSPARQL(false);
        if (endpoints.update() != null) b.updateEndpoint(endpoints.update());
        return b.build();
    }

    @Override
    public boolean isCurrent(String graphIri, String contentHash) {
        String graph = SparqlTerms.iri(graphIri);
        String ask = "ASK { GRAPH " + graph + " { " + graph + " " + SparqlTerms.iri(GKG.contentHash.getURI())
            + " " + SparqlTerms.string(contentHash) + " } }";
        return retrying("reading the graph " + graphIri, () -> read(conn -> conn.queryAsk(ask)));
    }

    @Override
    public void replaceGraph(String graphIri, Model graph) {
        requireWritable();
        // Serialised before the first attempt: a model that fails while being read fails here, and nothing is sent.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, RDFFormat.NTRIPLES);
        HttpRequest put = endpoints.authorize(HttpRequest.newBuilder(graphUri(graphIri))).timeout(Duration.ofMinutes(5))
            .header("Content-Type", WebContent.contentTypeNTriples)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        retrying("writing the graph " + graphIri, () -> send(put, false));
    }

    @Override
    public void removeGraph(String graphIri) {
        requireWritable();
        HttpRequest delete = endpoints.authorize(HttpRequest.newBuilder(graphUri(graphIri))).timeout(Duration.ofMinutes(5)).DELETE().build();
        retrying("removing the graph " + graphIri, () -> send(delete, true));
    }

    private URI graphUri(String graphIri) {
        return URI.create(endpoints.data() + (endpoints.data().contains("?") ? "&" : "?") + "graph="
            + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
    }

    /** One Graph Store request; a status other than 2xx (or 404 when {@code missingIsFine}) as Jena reports it. */
    private Void send(HttpRequest request, boolean missingIsFine) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the JDK's client gives up on credentials the server keeps rejecting with an IOException, not a 401
            if (e.getMessage() != null && e.getMessage().contains("too many authentication attempts"))
                throw new HttpException(401, "", "");
            throw new HttpException(request.method() + " " + endpoints, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while writing to the store at " + endpoints, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2 || missingIsFine && status == 404) return null;
        String text = response.body() == null ? "" : response.body().strip();
        throw new HttpException(status, text.length() > 200 ? text.substring(0, 200) : text, text);
    }

    private void requireWritable() {
        if (!writable)
            throw new UnsupportedOperationException("the server at " + endpoints + " holds the store; this command only reads it");
    }

    /**
     * Runs {@code write} until it succeeds, waiting longer after each failure the server may
     * recover from; a refusal (4xx) is not retried.
     */
    private <T> T retrying(String what, Supplier<T> write) {
        for (int attempt = 0; ; attempt++) {
            try {
                return write.get();
            } catch (HttpException | QueryExceptionHTTP e) {
                int status = e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
                boolean transient_ = status <= 0 || status >= 500 || status == 429;
                if (!transient_) throw refusal(what, status, e.getMessage());
                if (attempt >= BACKOFF.length)
                    throw new StoreUnavailableException("the store at " + endpoints + " did not answer after "
                        + (attempt + 1) + " attempts (" + reason(status, e) + "), so " + what + " was not done", e);
                pause(BACKOFF[attempt]);
            }
        }
    }

    private StoreRefusedException refusal(String what, int status, String message) {
        String hint = status == 401 ? (endpoints.hasCredentials() ? "; the user or password in " + RemoteEndpoints.USER_VARIABLE
            + " / " + RemoteEndpoints.PASSWORD_VARIABLE + " was not accepted" : "; it needs a user: set " + RemoteEndpoints.USER_VARIABLE
            + " and " + RemoteEndpoints.PASSWORD_VARIABLE)
            : status == 403 ? "; the configured user may not write there" : "";
        String said = message == null || message.isBlank() ? "" : ", " + message.lines().findFirst().orElse("");
        if (said.length() > 200) said = said.substring(0, 200);
        return new StoreRefusedException("the store at " + endpoints + " refused " + what + ": HTTP " + status + (status == 401 || status == 403 ? "" : said) + hint);
    }

    /** Why a request failed, without the request itself (a query URL can be long). */
    private static String reason(int status, RuntimeException e) {
        if (status > 0) return "HTTP " + status;
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root == e ? "no answer" : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for the store", e);
        }
    }

    @Override
    public <T> T read(Function<SparqlQueryConnection, T> reader) {
        try (RDFConnection conn = connect()) {
            return reader.apply(conn);
        }
    }

    @Override
    public List<TextMatch> findText(TextMatch.Field field, String words, int limit) {
        String w = words == null ? "" : words.strip();
        if (w.isEmpty()) return List.of();
        return textMethod() == TextMatch.Method.SERVER_INDEX ? fromIndex(field, w, limit) : scan(field, w, limit);
    }

    @Override
    public TextMatch.Method textMethod() {
        TextMatch.Method m = textMethod;
        if (m != null) return m;
        List<String> labels = read(conn -> {
            List<String> out = new ArrayList<>();
            conn.querySelect(PREFIXES + "SELECT ?l { ?s skos:prefLabel ?l FILTER(STRLEN(?l) > 1) } LIMIT 1",
                row -> out.add(row.getLiteral("l").getLexicalForm()));
            return out;
        });
        // Whether the server has an index can only be seen on data: an empty store is scanned, and asked again later.
        if (labels.isEmpty()) return TextMatch.Method.SCAN;
        boolean indexed;
        try {
            indexed = !fromIndex(TextMatch.Field.NAMES, labels.get(0), 5).isEmpty();
        } catch (HttpException | QueryParseException e) {
            indexed = false;
        }
        textMethod = indexed ? TextMatch.Method.SERVER_INDEX : TextMatch.Method.SCAN;
        return textMethod;
    }

    /** The server's text index, each hit checked against the data (an index may keep entries of replaced graphs). */
    private List<TextMatch> fromIndex(TextMatch.Field field, String words, int limit) {
        String property = field == TextMatch.Field.NAMES ? "skos:prefLabel" : "gkg:text";
        List<TextMatch> hits = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        read(conn -> {
            conn.querySelect(PREFIXES + "SELECT ?s ?score ?lit { (?s ?score ?lit) text:query (" + property + " "
                + SparqlTerms.string(QueryParser.escape(words)) + " " + limit + ") FILTER(isIRI(?s)) }", row -> {
                hits.add(new TextMatch(row.getResource("s").getURI(), row.getLiteral("lit").getLexicalForm(), row.getLiteral("score").getDouble()));
                literals.add(row.getLiteral("lit"));
            });
            return null;
        });
        if (hits.isEmpty()) return hits;
        String values = java.util.stream.IntStream.range(0, hits.size())
            .mapToObj(i -> "(" + SparqlTerms.iri(hits.get(i).subject()) + " " + NodeFmtLib.strNT(literals.get(i).asNode()) + ")")
            .collect(Collectors.joining(" "));
        String kind = field == TextMatch.Field.SENTENCES ? " ?s dcterms:isPartOf ?doc ; gkg:text ?lit ." : " ?s ?p ?lit .";
        java.util.Set<String> present = new java.util.HashSet<>();
        read(conn -> {
            conn.querySelect(PREFIXES + "SELECT DISTINCT ?s ?lit { VALUES (?s ?lit) { " + values + " } FILTER EXISTS {" + kind + " } }",
                row -> present.add(row.getResource("s").getURI() + "\u0000" + row.getLiteral("lit").getLexicalForm()));
            return null;
        });
        List<TextMatch> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TextMatch h : hits) {
            String key = h.subject() + "\u0000" + h.text();
            if (present.contains(key) && seen.add(key)) out.add(h);
        }
        return out;
    }

    /**
     * Without an index: names whose characters contain each word's characters in order (how
     * Chinese abbreviations are formed), sentences that contain each word; whole-word matches first.
     */
    private List<TextMatch> scan(TextMatch.Field field, String words, int limit) {
        List<String> parts = List.of(words.split("\\s+"));
        String filter = parts.stream()
            .map(p -> field == TextMatch.Field.NAMES ? "REGEX(STR(?lit), " + SparqlTerms.string(inOrder(p)) + ")"
                : "CONTAINS(STR(?lit), " + SparqlTerms.string(p) + ")")
            .collect(Collectors.joining(" && "));
        String pattern = field == TextMatch.Field.NAMES ? "?s skos:prefLabel|skos:altLabel|dcterms:title|rdfs:label ?lit"
            : "?s dcterms:isPartOf ?doc ; gkg:text ?lit";
        return read(conn -> {
            List<TextMatch> out = new ArrayList<>();
            conn.querySelect(PREFIXES + "SELECT DISTINCT ?s ?lit { " + pattern + " FILTER(isIRI(?s) && " + filter + ") } LIMIT " + limit, row -> {
                String text = row.getLiteral("lit").getLexicalForm();
                double score = parts.stream().filter(text::contains).count() + 1.0 / (1 + text.length());
                out.add(new TextMatch(row.getResource("s").getURI(), text, score));
            });
            out.sort(java.util.Comparator.comparingDouble((TextMatch t) -> -t.score()));
            return out;
        });
    }

    /** An XPath regular expression matching text that has {@code word}'s characters in this order. */
    static String inOrder(String word) {
        StringBuilder re = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (re.length() > 0) re.append(".*");
            if ("\\.^$|?*+()[]{}-".indexOf(c) >= 0) re.append('\\');
            re.appendCodePoint(c);
        });
        return re.toString();
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        RDFFormat format = lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS;
        DatasetGraph all = DSP.service(endpoints.data()).httpClient(http).GET();
        RDFDataMgr.write(out, all, format);
    }

    private void loadOntology() {
        String hash = Hashes.sha256(Ontology.ontologyText(), 64);
        if (isCurrent(GKG.ONTOLOGY_GRAPH, hash)) return;
        Model ontology = Ontology.ontology();
        ontology.add(ResourceFactory.createResource(GKG.ONTOLOGY_GRAPH), GKG.contentHash, hash);
        replaceGraph(GKG.ONTOLOGY_GRAPH, ontology);
    }

    /** govkg's queries read the default graph as all documents together; a server that answers it otherwise would show nothing. */
    private void checkUnionDefaultGraph() {
        boolean union = read(conn -> conn.queryAsk("ASK { " + SparqlTerms.iri(GKG.ONTOLOGY_GRAPH) + " ?p ?o }"));
        if (!union)
            throw new IllegalStateException("the store at " + endpoints + " does not answer its default graph as the union of its "
                + "named graphs, which govkg's queries need; on Fuseki with TDB2 set tdb2:unionDefaultGraph true "
                + "(docs/remote-store.md gives a configuration)");
    }

    @Override
    public String location() {
        return endpoints.toString();
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
