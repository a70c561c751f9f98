package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /diagram/{kind}} over real HTTP, on the sample documents. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data"})
class DiagramEndpointTest {
    static final String GROUP = "建设“数字红河”领导小组";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void svgWithContentTypeCachingHeadersAndEntityLinks() throws Exception {
        HttpResponse<byte[]> r = get("/diagram/group?entity=" + q(GROUP));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/svg+xml"));
        assertThat(r.headers().firstValue("ETag")).isPresent();
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
        assertThat(r.headers().firstValue("X-Govkg-Capped")).hasValue("false");
        String svg = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("xlink:href=\"/entity?iri=https%3A%2F%2Fgovkg.org%2Fid%2F")
            .contains("红河州发展和改革委员会");
    }

    @Test
    void anUnchangedDiagramIsNotSentTwice() throws Exception {
        HttpResponse<byte[]> first = get("/diagram/neighbourhood?entity=" + q("华为公司"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/diagram/neighbourhood?entity=" + q("华为公司"), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void pngAndDotOnRequest() throws Exception {
        HttpResponse<byte[]> png = get("/diagram/group?format=png&entity=" + q(GROUP));
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        HttpResponse<byte[]> dot = get("/diagram/path?format=dot&entity=" + q("华为公司") + "&entity2=" + q("华为红河州云计算大数据中心"));
        assertThat(dot.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/vnd.graphviz"));
        assertThat(new String(dot.body(), StandardCharsets.UTF_8)).startsWith("digraph govkg {").contains("label=\"建设\"");
    }

    @Test
    void cappedDiagramsSayHowManyWereShown() throws Exception {
        HttpResponse<byte[]> r = get("/diagram/document?cap=5&entity=" + q("https://govkg.org/doc/03-honghe-digital-government-plan.txt"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Govkg-Capped")).hasValue("true");
        assertThat(r.headers().firstValue("X-Govkg-Entities-Shown")).hasValue("5");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("显示 5 / ");
    }

    @Test
    void badRequestsGetPreciseClientErrors() throws Exception {
        JsonNode kind = json(get("/diagram/mindmap?entity=" + q(GROUP)), 400);
        assertThat(kind.get("error").asText()).contains("unknown diagram kind").contains("neighbourhood");
        JsonNode depth = json(get("/diagram/neighbourhood?depth=9&entity=" + q(GROUP)), 400);
        assertThat(depth.get("error").asText()).contains("depth must be between 1 and 3");
        JsonNode missing = json(get("/diagram/group"), 400);
        assertThat(missing.get("error").asText()).contains("entity");
        JsonNode unknown = json(get("/diagram/neighbourhood?entity=" + q("不存在的委员会")), 404);
        assertThat(unknown.get("error").asText()).contains("不存在的委员会");
        JsonNode ambiguous = json(get("/diagram/neighbourhood?entity=" + q("红河州数字政府建设三年行动实施方案(2022-2024年)")), 409);
        assertThat(ambiguous.get("candidates")).hasSize(2);
        JsonNode wrongType = json(get("/diagram/group?entity=" + q("华为公司")), 400);
        assertThat(wrongType.get("error").asText()).contains("not a leadership group");
    }

    private static JsonNode json(HttpResponse<byte[]> r, int status) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        return new ObjectMapper().readTree(r.body());
    }
}
