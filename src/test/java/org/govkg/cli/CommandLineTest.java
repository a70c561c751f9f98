package org.govkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands as a user runs them: separate JVMs, a TDB2 store on disk, output on stdout and stderr. */
class CommandLineTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path REFERENCE = PROJECT.resolve("../shared/corpus/dev/000_d47da4e38fd64f95.txt").normalize();
    private static final String PUBLISHER_AND_DATE =
        "SELECT ?publisher ?date { ?d a gkg:Document ; dcterms:publisher/skos:prefLabel ?publisher ; dcterms:issued ?date }";
    private static final String OFFICE =
        "SELECT ?office ?asWritten { ?g a gkg:LeadershipGroup ; skos:prefLabel \"建设“数字红河”领导小组\"@zh ; gkg:officeIn ?o . "
        + "?o skos:prefLabel ?office ; skos:altLabel ?asWritten }";

    @TempDir
    Path dir;

    String store() {
        return dir.resolve("store").toString();
    }

    void assertReplyFacts(Path document) throws Exception {
        Cli.Result ingest = Cli.run(PROJECT, "ingest", "--store", store(), document.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("ingested 1, unchanged 0, failed 0");
        Cli.Result meta = Cli.run(PROJECT, "query", "--store", store(), "--format", "csv", PUBLISHER_AND_DATE);
        assertThat(meta.out()).contains("红河州科学技术局,2022-09-");
        Cli.Result office = Cli.run(PROJECT, "query", "--store", store(), "--format", "csv", OFFICE);
        assertThat(office.out()).startsWith("office,asWritten\r\n").contains("\r\n红河州发展和改革委员会,州发展改革委\r\n");
        assertThat(office.out().lines().skip(1)).allMatch(l -> l.startsWith("红河州发展和改革委员会,"));
    }

    @Test
    void ingestThenQueryFindsThePublisherDateAndGroupOfficeOfAReply() throws Exception {
        assertReplyFacts(PROJECT.resolve("data/documents/01-honghe-ai-proposal-reply.txt"));
    }

    @Test
    void ingestThenQueryFindsTheSameInTheReferenceDocument() throws Exception {
        Assumptions.assumeTrue(Files.exists(REFERENCE), "the shared corpus is not beside this checkout");
        assertReplyFacts(REFERENCE);
        Cli.Result date = Cli.run(PROJECT, "query", "--store", store(), "--format", "tsv",
            "SELECT ?date { ?d a gkg:Document ; dcterms:issued ?date }");
        assertThat(date.out()).contains("\"2022-09-15\"^^<http://www.w3.org/2001/XMLSchema#date>");
    }

    @Test
    void failedFilesAreNamedOnOneLineAndTheOthersStillGetIn() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a-empty.txt"), "");
        Files.write(docs.resolve("b-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.copy(PROJECT.resolve("data/documents/02-honghe-digital-group-notice.txt"), docs.resolve("c-good.txt"));
        Cli.Result r = Cli.run(PROJECT, "ingest", "--store", store(), docs.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + docs.resolve("a-empty.txt") + ": empty file")
            .contains("error: " + docs.resolve("b-binary.txt") + ": binary file");
        assertThat(r.out()).contains("ingested 1, unchanged 0, failed 2");
        Cli.Result again = Cli.run(PROJECT, "ingest", "--store", store(), docs.resolve("c-good.txt").toString());
        assertThat(again.out()).contains("ingested 0, unchanged 1, failed 0");
    }

    @Test
    void aDeploymentMintsItsIrisUnderItsOwnBase() throws Exception {
        java.util.Map<String, String> env = java.util.Map.of("GOVKG_BASE_IRI", "https://data.example.gov.cn/kg");
        Cli.Result trig = Cli.run(PROJECT, env, "extract", "data/documents/02-honghe-digital-group-notice.txt", "--format", "trig");
        assertThat(trig.exit()).as(trig.err()).isZero();
        assertThat(trig.out()).contains("<https://data.example.gov.cn/kg/id/group/", "<https://data.example.gov.cn/kg/doc/")
            .doesNotContain("https://govkg.org/id/").contains("https://govkg.org/ontology#");

        Cli.Result bad = Cli.run(PROJECT, java.util.Map.of("GOVKG_BASE_IRI", "not a base"), "extract",
            "data/documents/02-honghe-digital-group-notice.txt");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("GOVKG_BASE_IRI=not a base is not a usable base IRI").doesNotContain("Exception");
    }

    @Test
    void malformedQueryExitsNonZeroWithTheParserMessage() throws Exception {
        Cli.Result r = Cli.run(PROJECT, "query", "--store", store(), "SELECT ?x WHERE { ?x ?y }");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("malformed query").contains("line 1, column");
    }

    @Test
    void extractShowsMentionsLinksAndProvenanceWithoutAStore() throws Exception {
        Cli.Result json = Cli.run(PROJECT, "extract", "data/documents/02-honghe-digital-group-notice.txt");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"relation\" : \"OFFICE_IN\"").contains("\"surface\" : \"州发展改革委\"");
        Cli.Result trig = Cli.run(PROJECT, "extract", "data/documents/02-honghe-digital-group-notice.txt", "--format", "trig");
        assertThat(trig.out()).contains("rdf:subject").contains("gkg:officeIn").contains("gkg:sentence").contains("dcterms:isPartOf");
        assertThat(Files.exists(dir.resolve("store"))).isFalse();
    }

    @Test
    void exportWritesNQuadsWithOneGraphPerDocument() throws Exception {
        Cli.run(PROJECT, "ingest", "--store", store(), "data/documents");
        Cli.Result r = Cli.run(PROJECT, "export", "--store", store(), "--format", "nquads");
        assertThat(r.exit()).isZero();
        long graphs = r.out().lines().map(l -> l.substring(l.lastIndexOf('<'))).filter(g -> g.contains("/doc/")).distinct().count();
        try (var files = Files.list(PROJECT.resolve("data/documents"))) {
            assertThat(graphs).isEqualTo(files.filter(f -> f.toString().endsWith(".txt")).count());
        }
    }

    @Test
    void explainShowsEverySurfaceFormWithTheRulesThatLinkedIt() throws Exception {
        Cli.run(PROJECT, "ingest", "--store", store(), "data/documents");
        Cli.Result r = Cli.run(PROJECT, "explain", "--store", store(), "州发展改革委");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("红河州发展和改革委员会  (Organization)")
            .contains("abbreviation table (发展改革委 → 发展和改革委员会)").contains("红河州数据发展中心2022年工作总结");
        Cli.Result unknown = Cli.run(PROJECT, "explain", "--store", store(), "不存在的机构");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no entity is called 不存在的机构");
    }

    @Test
    void evalPrintsScoresAndRuleCounts() throws Exception {
        Cli.Result r = Cli.run(PROJECT, "eval", "--gold", "data/documents", "--rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("B3-R").containsPattern("ALL +1\\.000 +1\\.000 +1\\.000")
            .contains("abbreviation table (发展改革委 → 发展和改革委员会)");
    }

    @Test
    void diagramDrawsAGroupChartAndListsCandidatesForAnAmbiguousName() throws Exception {
        Cli.Result ingest = Cli.run(PROJECT, "ingest", "--store", store(), "data/documents");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Path png = dir.resolve("group.png");
        Cli.Result group = Cli.run(PROJECT, "diagram", "group", "建设“数字红河”领导小组", "--store", store(),
            "--format", "png", "--out", png.toString());
        assertThat(group.exit()).as(group.err()).isZero();
        assertThat(java.nio.file.Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Cli.Result dot = Cli.run(PROJECT, "diagram", "neighbourhood", "华为公司", "--store", store(), "--format", "dot", "--lang", "en");
        assertThat(dot.out()).startsWith("digraph govkg {").contains("label=\"builds\"");
        Cli.Result ambiguous = Cli.run(PROJECT, "diagram", "neighbourhood", "红河州数字政府建设三年行动实施方案(2022-2024年)", "--store", store());
        assertThat(ambiguous.exit()).isEqualTo(3);
        assertThat(ambiguous.err()).contains("names 2 entities").contains("https://govkg.org/doc/03-honghe-digital-government-plan.txt")
            .contains("(Plan)");
        Cli.Result unknown = Cli.run(PROJECT, "diagram", "plan", "不存在的规划", "--store", store());
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("error: no entity is called or identified by \"不存在的规划\"");
    }

    @Test
    void verboseIngestSaysWhatEachDocumentAdded() throws Exception {
        Cli.Result r = Cli.run(PROJECT, "ingest", "-v", "--store", store(), "data/documents");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> summaries = r.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertThat(summaries).hasSize(10);
        assertThat(summaries.get(0)).matches("  \\d+ new entities \\(.*\\), \\d+ new links; 0 entities already known");
        assertThat(summaries.get(1)).containsPattern("[1-9]\\d* entities already known");
        // the 2021 adjustment of the 一网通办 group (the seventh sample) changed its leader and a deputy
        assertThat(summaries.get(6)).contains("posts changed: 组长 杨明远 → 黄志勇").contains("副组长 周慧敏 → 刘海燕");
        assertThat(summaries.get(5)).doesNotContain("posts changed");
        Cli.Result again = Cli.run(PROJECT, "ingest", "-v", "--store", store(), "data/documents");
        assertThat(again.out()).doesNotContain("new entities").contains("ingested 0, unchanged 10");
    }

    /** Documents ingested one per run leave TDB2 block copies behind; compact drops them and the store answers as before. */
    @Test
    void compactShrinksAStoreWrittenInManySmallRunsAndKeepsItsAnswers() throws Exception {
        try (var files = Files.list(PROJECT.resolve("data/documents"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Cli.Result one = Cli.run(PROJECT, "ingest", "--batch", "1", "--store", store(), f.toString());
                assertThat(one.out()).containsPattern("store [0-9.]+ MB on disk, [0-9]+ KB per document");
            }
        }
        String query = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        String before = Cli.run(PROJECT, "query", "--store", store(), "--format", "csv", query).out();
        Cli.Result compact = Cli.run(PROJECT, "compact", "--store", store());
        assertThat(compact.exit()).as(compact.err()).isZero();
        java.util.regex.Matcher sizes = java.util.regex.Pattern.compile("([0-9.]+) MB before, ([0-9.]+) MB after").matcher(compact.out());
        assertThat(sizes.find()).as(compact.out()).isTrue();
        assertThat(Double.parseDouble(sizes.group(2))).isLessThan(Double.parseDouble(sizes.group(1)));
        assertThat(Cli.run(PROJECT, "query", "--store", store(), "--format", "csv", query).out()).isEqualTo(before);
        Cli.Result remote = Cli.run(PROJECT, "compact", "--store", "http://localhost:1/ds");
        assertThat(remote.exit()).isEqualTo(2);
        assertThat(remote.err()).contains("a SPARQL server compacts its own store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "ingest", "query", "export", "extract", "eval", "bench", "explain", "diagram", "backup", "restore", "compact"})
    void everyCommandExplainsItselfWithHelp(String command) throws Exception {
        Cli.Result r = Cli.run(PROJECT, command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: govkg " + command).contains("Example:");
    }
}
