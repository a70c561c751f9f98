package org.govkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.govkg.ingest.DocumentFile;
import org.govkg.ingest.FileOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends documents to a running server's {@code POST /documents}, one request per file, and reads
 * each file's outcome back in the form {@code govkg ingest} reports it. The token is sent, never printed.
 */
final class DocumentUpload {
    private final URI endpoint;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DocumentUpload(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    static DocumentUpload to(URI server, String token) {
        if (token == null || token.isBlank())
            throw new IllegalArgumentException("sending documents to a server needs its admin token in GOVKG_ADMIN_TOKEN");
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        return new DocumentUpload(URI.create(base).resolve("documents"), token);
    }

    FileOutcome send(DocumentFile f) throws IOException, InterruptedException {
        String boundary = "govkg-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + f.name().replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(f.path()));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new FileOutcome(f.path(), FileOutcome.Status.FAILED, "cannot reach " + endpoint + ": " + e.getMessage(), 0, List.of());
        }
        if (r.statusCode() != 200 && r.statusCode() != 422)
            return new FileOutcome(f.path(), FileOutcome.Status.FAILED,
                "the server answered " + r.statusCode() + ": " + r.body().strip().lines().findFirst().orElse(""), 0, List.of());
        JsonNode file = new ObjectMapper().readTree(r.body()).at("/files/0");
        FileOutcome.Status status = FileOutcome.Status.valueOf(file.path("status").asText("failed").toUpperCase(java.util.Locale.ROOT));
        return new FileOutcome(f.path(), status, file.path("message").asText(), file.path("triples").asLong(), List.of());
    }
}
