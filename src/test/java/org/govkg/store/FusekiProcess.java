package org.govkg.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Apache Jena Fuseki (the standalone server jar the build copies to {@code target/fuseki})
 * in its own process on a free loopback port, with one dataset on TDB2 in a folder of its own.
 * {@link #withTextIndex} runs the configuration of {@code docs/fuseki/govkg.ttl} (Chinese text
 * index, writes for the user {@link #USER} only); {@link #plain} a bare TDB2 dataset whose default
 * graph is the union, open to writes, with no text index. {@link #kill} is {@code kill -9};
 * {@link #restart} starts it again on the same port and data.
 */
public final class FusekiProcess implements AutoCloseable {
    public static final String USER = "govkg";
    public static final String PASSWORD = "test-password-42";
    private static final Path JARS = Path.of("target/fuseki");

    private final Path dir;
    private final boolean textIndex;
    private final int port;
    private Process process;

    private FusekiProcess(Path dir, boolean textIndex) throws IOException {
        this.dir = dir;
        this.textIndex = textIndex;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        Files.createDirectories(dir.resolve("store"));
        if (textIndex) {
            Files.copy(Path.of("docs/fuseki/govkg.ttl"), dir.resolve("govkg.ttl"));
            Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
        }
        start();
    }

    /** Fuseki as docs/fuseki/govkg.ttl configures it: text index, authenticated writes. */
    public static FusekiProcess withTextIndex(Path dir) throws IOException {
        return new FusekiProcess(dir, true);
    }

    /** A bare TDB2 dataset (union default graph), writable by anyone, no text index. */
    public static FusekiProcess plain(Path dir) throws IOException {
        return new FusekiProcess(dir, false);
    }

    /** The dataset URL, as given to {@code --store}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/govkg";
    }

    /** The environment a govkg process needs for writing here. */
    public Map<String, String> env() {
        return textIndex ? Map.of(RemoteEndpoints.USER_VARIABLE, USER, RemoteEndpoints.PASSWORD_VARIABLE, PASSWORD) : Map.of();
    }

    /** A store on this server, with its credentials. */
    public RemoteStore store() {
        return RemoteStore.open(url(), env());
    }

    /** A store on this server with every document graph removed (the ontology stays), as a fresh embedded store starts. */
    public RemoteStore emptiedStore() {
        RemoteStore s = store();
        List<String> graphs = s.read(c -> {
            List<String> out = new ArrayList<>();
            c.querySelect("SELECT DISTINCT ?g { GRAPH ?g { } }", row -> out.add(row.getResource("g").getURI()));
            return out;
        });
        graphs.stream().filter(g -> !g.equals(org.govkg.vocab.GKG.ONTOLOGY_GRAPH)).forEach(s::removeGraph);
        return s;
    }

    private void start() throws IOException {
        if (!Files.isRegularFile(JARS.resolve("jena-fuseki-server.jar")))
            throw new IllegalStateException("no Fuseki in " + JARS + ": run the tests through Maven (./govkg test), which copies it there");
        String cp = JARS.resolve("jena-fuseki-server.jar").toAbsolutePath() + java.io.File.pathSeparator
            + JARS.resolve("lucene-analysis-smartcn.jar").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-cp", cp, "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--ping", "--localhost", "--port", Integer.toString(port)));
        if (textIndex) cmd.addAll(List.of("--config", "govkg.ttl"));
        else cmd.addAll(List.of("--tdb2", "--loc", "store", "--set", "tdb2:unionDefaultGraph=true", "--update", "/govkg"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fuseki.log").toFile()));
        process = pb.start();
        awaitPing();
    }

    private void awaitPing() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive())
                throw new IllegalStateException("Fuseki exited: " + Files.readString(dir.resolve("fuseki.log")));
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            try {
                // polling a port another process opens: there is no event to wait on
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IllegalStateException("Fuseki did not answer on port " + port + " within 60 s");
    }

    /** SIGKILL, as a crash or an operator's kill -9 would end it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts it again after {@link #kill}, on the same port and data. */
    public void restart() throws IOException {
        start();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) kill();
        }
    }
}
