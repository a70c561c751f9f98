package org.govkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./govkg} script as a user on a fresh clone meets it, in a copy of the project: it
 * builds once, not again when only timestamps change, rebuilds when a source changes without
 * breaking a server that is running, and while {@code serve} holds the store the read-only
 * commands answer through the server.
 */
class GovkgScriptTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void secondCommandWhileServingNeitherRebuildsNorBreaksTheServer() throws Exception {
        Path clone = copyOfTheProject();
        Path store = dir.resolve("store");

        Cli.Result first = script(clone, "--version");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("building the jar once");

        // a fresh clone gives every file a new timestamp: that alone must not rebuild
        try (Stream<Path> files = Files.walk(clone.resolve("src/main"))) {
            FileTime now = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
            for (Path f : files.toList()) Files.setLastModifiedTime(f, now);
        }
        Cli.Result touched = script(clone, "--version");
        assertThat(touched.err()).doesNotContain("building");

        int port = freePort();
        server = new ProcessBuilder("sh", "./govkg", "serve", "--port", Integer.toString(port), "--store", store.toString())
            .directory(clone.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://localhost:" + port + "/";
        assertThat(readyLine(server)).contains(base, base + "sparql");
        // by default it listens on loopback only: another interface of this machine is refused
        java.util.Optional<java.net.InetAddress> lan = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
            .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
            .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (lan.isPresent())
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket(lan.get(), port).close())
                .isInstanceOf(java.net.ConnectException.class);

        Cli.Result query = script(clone, "query", "--store", store.toString(), "--format", "csv",
            "PREFIX gkg: <https://govkg.org/ontology#> SELECT (COUNT(?g) AS ?n) { ?g a gkg:LeadershipGroup }");
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(query.err()).contains("held by the server at " + base).doesNotContain("building");
        assertThat(Integer.parseInt(query.out().lines().skip(1).findFirst().orElseThrow().strip())).isPositive();

        Cli.Result export = script(clone, "export", "--store", store.toString(), "--format", "nquads");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out().lines().count()).isGreaterThan(1000);

        Cli.Result backup = script(clone, "backup", "--store", store.toString(), "--out", dir.resolve("kg.nq.gz").toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(Files.size(dir.resolve("kg.nq.gz"))).isGreaterThan(10_000);

        Cli.Result ingest = script(clone, "ingest", "--store", store.toString(), clone.resolve("data/documents").toString());
        assertThat(ingest.exit()).isNotZero();
        assertThat(ingest.err()).contains("in use by the govkg server at " + base);

        // a real change: the script rebuilds, into a new file, while the server keeps its jar
        Path main = clone.resolve("src/main/java/org/govkg/cli/Main.java");
        Files.writeString(main, "\n// changed\n", StandardOpenOption.APPEND);
        Cli.Result rebuilt = script(clone, "--version");
        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains("rebuilding");
        for (String page : List.of("", "search?q=" + "%E5%8F%91%E6%94%B9", "workbench", "sparql"))
            assertThat(status(base + page)).as(page).isEqualTo(200);
        assertThat(server.isAlive()).isTrue();
    }

    private Path copyOfTheProject() throws IOException {
        Path clone = dir.resolve("govkg");
        for (String part : List.of("pom.xml", "govkg", "src/main", "ontology", "data")) {
            Path from = PROJECT.resolve(part);
            Path to = clone.resolve(part);
            Files.createDirectories(to.getParent());
            if (Files.isDirectory(from)) PathUtils.copyDirectory(from, to);
            else Files.copy(from, to);
        }
        return clone;
    }

    private static Cli.Result script(Path clone, String... args) throws IOException, InterruptedException {
        File out = File.createTempFile("govkg-out", ".txt");
        File err = File.createTempFile("govkg-err", ".txt");
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("sh", "./govkg"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).directory(clone.toFile()).redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("./govkg " + String.join(" ", args) + " did not finish");
            }
            return new Cli.Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    /** The line serve prints once it answers; the rest of its output is drained so that it never blocks. */
    private static String readyLine(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine())
                    if (line.startsWith("govkg: ready")) return line;
                return "(serve ended without a ready line)";
            } catch (IOException e) {
                return e.toString();
            }
        });
        String line = ready.get(5, TimeUnit.MINUTES);
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) { /* drained */ }
            } catch (IOException e) { /* server stopped */ }
        });
        drain.setDaemon(true);
        drain.start();
        return line;
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
