package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An answer larger than the buffer streams; when the timeout cuts it after the status went out,
 * the connection is closed mid-body, so the client fails to read it instead of taking a short
 * answer for a whole one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.sparql.timeout=1s",
    "govkg.sparql.max-rows=100000000", "govkg.sparql.answer-buffer=4KB"})
class TimedOutStreamTest {
    @LocalServerPort
    int port;

    @Test
    void aStreamedAnswerCutByTheTimeoutBreaksTheTransfer() {
        HttpClient http = HttpClient.newHttpClient();
        assertThatThrownBy(() -> http.send(TimedOutAnswerTest.select(port, TimedOutAnswerTest.ENDLESS), HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(IOException.class);
    }
}
