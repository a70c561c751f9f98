package org.govkg.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Function;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.govkg.vocab.Hashes;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Prefixes;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * The store as an in-process Jena TDB2 dataset, on disk or in memory, with its full-text index
 * (in {@code text-index/} inside the store directory). The ontology is kept in its own named
 * graph and refreshed when the packaged ontology changes.
 */
public final class EmbeddedStore implements KnowledgeStore {
    private final Dataset tdb;
    private final TextIndexing text;
    /** The TDB2 dataset seen through the text index: every transaction goes through it, so that commits include the index. */
    private final Dataset dataset;
    private final String location;
    private final Path directory;

    /** The most index hits one search reads while merging a name's repeats (see {@link #findText}). */
    private static final int MAX_TEXT_HITS = 20_000;

    private EmbeddedStore(Dataset tdb, TextIndexing text, String location, Path directory) {
        this.tdb = tdb;
        this.directory = directory;
        this.text = text;
        this.location = location;
        // SPARQL over the default graph sees every document: TDB2 answers it as the union of the named graphs.
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph indexed = text.wrap(tdb.asDatasetGraph());
        indexed.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = DatasetFactory.wrap(indexed);
        loadOntology();
        syncTextIndex();
    }

    /** Opens (or creates) a TDB2 store in {@code dir}. */
    public static EmbeddedStore open(Path dir) {
        return new EmbeddedStore(TDB2Factory.connectDataset(dir.toString()), TextIndexing.onDisk(dir.resolve("text-index")), dir.toString(), dir);
    }

    /** A TDB2 store in memory, gone when closed: for tests and one-off extraction. */
    public static EmbeddedStore inMemory() {
        return new EmbeddedStore(TDB2Factory.createDataset(), TextIndexing.inMemory(), "memory", null);
    }

    /** The dataset (with its text index), for serving it over the SPARQL protocol in the same process. */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    @Override
    public boolean isCurrent(String graphIri, String contentHash) {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(graphIri)
            .contains(ResourceFactory.createResource(graphIri), GKG.contentHash, contentHash));
    }

    @Override
    public void replaceGraph(String graphIri, Model graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> write(dsg, graphIri, graph));
    }

    @Override
    public GraphBatch batch() {
        return new GraphBatch() {
            private final DatasetGraph dsg = dataset.asDatasetGraph();
            private boolean open;

            @Override
            public void put(String graphIri, Model graph) {
                if (!open) {
                    dataset.begin(org.apache.jena.query.TxnType.WRITE);
                    open = true;
                }
                write(dsg, graphIri, graph);
            }

            @Override
            public void commit() {
                if (!open) return;
                dataset.commit();
                dataset.end();
                open = false;
            }

            @Override
            public void close() {
                if (!open) return;
                dataset.abort();
                dataset.end();
                open = false;
            }
        };
    }

    /** One graph replaced inside the caller's write transaction. */
    private void write(DatasetGraph dsg, String graphIri, Model graph) {
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
        dsg.deleteAny(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        // in subject order: a subject's quads then land next to each other in the subject-first indexes
        List<org.apache.jena.graph.Triple> triples = graph.getGraph().find().toList();
        triples.sort(java.util.Comparator.comparing((org.apache.jena.graph.Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().getURI()));
        for (org.apache.jena.graph.Triple t : triples) dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        text.touch(graphIri);
    }

    @Override
    public void removeGraph(String graphIri) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphIri);
            text.touch(graphIri);
        });
    }

    @Override
    public <T> T read(Function<SparqlQueryConnection, T> reader) {
        // Inside a read transaction: a caller that casts the view back to a full connection still cannot write.
        return Txn.calculateRead(dataset, () -> {
            try (RDFConnection conn = RDFConnection.connect(dataset)) {
                return reader.apply(conn);
            }
        });
    }

    @Override
    public List<TextMatch> findText(TextMatch.Field field, String words, int limit) {
        if (words == null || words.isBlank()) return List.of();
        String property = field == TextMatch.Field.NAMES ? "skos:prefLabel" : "gkg:text";
        String escaped = SparqlTerms.string(QueryParser.escape(words.strip()));
        // The index holds a name once per document that states it (so that replacing a document
        // replaces exactly its entries): a body named in 5,000 documents is 5,000 hits, which would
        // crowd every other name out of the first page. Hits are merged per subject and text, and
        // the index is asked again for more while it still has some and too few distinct ones came back.
        for (int asked = limit; ; asked *= 4) {
            String query = Prefixes.sparqlHeader() + "SELECT ?s ?score ?lit { (?s ?score ?lit) text:query (" + property + " "
                + escaped + " " + asked + ") }";
            int[] raw = {0};
            Map<String, TextMatch> distinct = new LinkedHashMap<>();
            read(conn -> {
                conn.querySelect(query, row -> {
                    raw[0]++;
                    TextMatch m = new TextMatch(row.getResource("s").getURI(), row.getLiteral("lit").getLexicalForm(),
                        row.getLiteral("score").getDouble());
                    distinct.putIfAbsent(m.subject() + "\u0000" + m.text(), m);
                });
                return null;
            });
            if (distinct.size() >= limit || raw[0] < asked || asked >= MAX_TEXT_HITS)
                return distinct.values().stream().limit(limit).toList();
        }
    }

    @Override
    public TextMatch.Method textMethod() {
        return TextMatch.Method.EMBEDDED_INDEX;
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        RDFFormat format = lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS;
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, format));
    }

    /**
     * Loads a snapshot (N-Quads, as {@link #export} writes them) into this store, which should be
     * empty, in one write transaction that also indexes every document graph: all of it or none.
     * The packaged ontology then replaces the snapshot's if it differs.
     *
     * @return the number of quads read
     */
    public long restore(InputStream nquads) {
        long[] n = {0};
        Txn.executeWrite(dataset, () -> {
            org.apache.jena.riot.system.StreamRDF sink = org.apache.jena.riot.system.StreamRDFLib.dataset(dataset.asDatasetGraph());
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    n[0]++;
                    super.quad(q);
                }
            });
            dataset.listModelNames().forEachRemaining(r -> {
                if (r.getURI().startsWith(GKG.DOCUMENT_BASE)) text.touch(r.getURI());
            });
        });
        loadOntology();
        return n[0];
    }

    /**
     * Rewrites the store into a new generation holding only the current blocks, then deletes the
     * old one: TDB2 copies the B+tree blocks every write transaction touches and never reuses the
     * old copies, so a store grows with every transaction until compacted. Readers and writers of
     * this process may go on meanwhile (TDB2 switches generations under its own lock). The text
     * index is not touched: it lives beside the TDB2 generations.
     *
     * @return the bytes on disk before and after
     */
    public Compaction compact() {
        if (directory == null)
            return new Compaction(0, 0);
        long before = sizeOnDisk();
        org.apache.jena.tdb2.DatabaseMgr.compact(tdb.asDatasetGraph(), true);
        long after = sizeOnDisk();
        try {
            java.nio.file.Files.writeString(directory.resolve(COMPACTED_SIZE), Long.toString(after));
        } catch (java.io.IOException e) {
            // only the next compactIfGrown's estimate suffers
        }
        return new Compaction(before, after);
    }

    /**
     * Compacts when the store takes twice what it took after its last compaction (and at least
     * {@value #COMPACT_FROM_BYTES} bytes), so that the time spent compacting stays proportional to
     * what was written, however often small batches come.
     */
    public java.util.Optional<Compaction> compactIfGrown() {
        return compactIfGrownBy(2.0);
    }

    /**
     * Compacts when the store has doubled since its last compaction and the disk has less room left
     * than twice what the store takes: a write transaction of many documents can copy most of the
     * store's blocks, and compaction writes the live blocks beside the old ones. A long ingest calls
     * this between batches, so that it compacts only when it must (each compaction costs minutes).
     */
    public java.util.Optional<Compaction> compactIfDiskShort() {
        if (directory == null) return java.util.Optional.empty();
        long free;
        try {
            free = java.nio.file.Files.getFileStore(directory).getUsableSpace();
        } catch (java.io.IOException e) {
            free = 0; // cannot tell: be safe
        }
        return free < 2 * sizeOnDisk() ? compactIfGrown() : java.util.Optional.empty();
    }

    /** Compacts when the store takes {@code factor} times what it took after its last compaction (see {@link #compactIfGrown}). */
    public java.util.Optional<Compaction> compactIfGrownBy(double factor) {
        if (directory == null) return java.util.Optional.empty();
        long size = sizeOnDisk(), last = 0;
        try {
            last = Long.parseLong(java.nio.file.Files.readString(directory.resolve(COMPACTED_SIZE)).strip());
        } catch (java.io.IOException | NumberFormatException e) {
            // never compacted, or the note is unreadable: judge by size alone
        }
        if (size < COMPACT_FROM_BYTES || size < factor * last) return java.util.Optional.empty();
        return java.util.Optional.of(compact());
    }

    private static final String COMPACTED_SIZE = "compacted-size";
    static final long COMPACT_FROM_BYTES = 16L << 20;

    /** The store's size on disk before and after a compaction. */
    public record Compaction(long bytesBefore, long bytesAfter) {}

    /**
     * Bytes the store's directory occupies on disk (TDB2 generations and text index), as {@code du}
     * counts them; 0 for a store in memory. TDB2 grows its files in sparse 8 MB steps, so their
     * apparent sizes (used only where {@code du} cannot run) overstate a small store many times.
     */
    public long sizeOnDisk() {
        return directory == null ? 0 : diskUsage(directory);
    }

    /** Bytes {@code directory} occupies on disk, as {@link #sizeOnDisk} counts them. */
    public static long diskUsage(Path directory) {
        try {
            Process du = new ProcessBuilder("du", "-sk", directory.toString()).redirectErrorStream(true).start();
            String answer = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) return Long.parseLong(answer.strip().split("\\s+")[0]) * 1024;
        } catch (java.io.IOException | NumberFormatException e) {
            // no du here: the apparent sizes below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(directory)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    @Override
    public String location() {
        return location;
    }

    /** Closes the store and releases its directory, so that another process can open it. */
    @Override
    public void close() {
        text.close();
        // close() alone leaves TDB2's per-JVM connection, and its lock on the directory, in place
        TDBInternal.expel(tdb.asDatasetGraph());
    }

    /**
     * Rebuilds the text index when it does not cover exactly the store's document graphs: a store
     * made before the index existed, an index folder deleted, or a crash between the two commits.
     */
    private void syncTextIndex() {
        Set<String> graphs = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.listModelNames().forEachRemaining(r -> {
            if (r.getURI().startsWith(GKG.DOCUMENT_BASE)) graphs.add(r.getURI());
        }));
        Set<String> indexed = text.indexedGraphs();
        if (indexed.equals(graphs)) return;
        Txn.executeWrite(dataset, () -> {
            indexed.forEach(text::touch);
            graphs.forEach(text::touch);
        });
    }

    private void loadOntology() {
        String hash = Hashes.sha256(Ontology.ontologyText(), 64);
        if (isCurrent(GKG.ONTOLOGY_GRAPH, hash))
            return;
        Model ontology = Ontology.ontology();
        ontology.add(ResourceFactory.createResource(GKG.ONTOLOGY_GRAPH), GKG.contentHash, hash);
        replaceGraph(GKG.ONTOLOGY_GRAPH, ontology);
    }
}
