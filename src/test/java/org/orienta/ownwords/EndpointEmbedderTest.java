package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The organisation's embeddings endpoint, spoken to over HTTP as OpenAI-compatible servers and Ollama expect. */
class EndpointEmbedderTest {

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();

    private String start(String path, int status, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static OwnWordsSettings.Endpoint endpoint(String url, String kind, String key) {
        return new OwnWordsSettings.Endpoint(url, kind, "bge-m3", key, 0.5, 0.42, Duration.ofSeconds(2));
    }

    @Test
    void an_openai_compatible_endpoint_gets_the_model_and_the_text_and_its_vector_comes_back_unit_length()
            throws IOException {
        var url = start("/v1/embeddings", 200, "{\"data\":[{\"embedding\":[3.0,4.0],\"index\":0}]}");

        var vector = new EndpointEmbedder(endpoint(url, "openai", "secret")).embed("Dobar dan");

        assertThat(vector).containsExactly(0.6f, 0.8f);
        assertThat(requests)
                .singleElement()
                .asString()
                .startsWith("/v1/embeddings Bearer secret ")
                .contains("\"model\":\"bge-m3\"", "\"input\":\"Dobar dan\"");
    }

    @Test
    void an_ollama_endpoint_is_asked_at_api_embed_without_a_key() throws IOException {
        var url = start("/api/embed", 200, "{\"model\":\"bge-m3\",\"embeddings\":[[0.0,2.0]]}");

        var vector = new EndpointEmbedder(endpoint(url, "ollama", null)).embed("Hej");

        assertThat(vector).containsExactly(0.0f, 1.0f);
        assertThat(requests).singleElement().asString().startsWith("/api/embed null ");
    }

    @Test
    void an_endpoint_that_fails_is_reported_so_the_trainee_can_choose_instead() throws IOException {
        var url = start("/v1/embeddings", 500, "{}");
        var service = new OwnWordsService(
                OwnWordsSettings.defaults(), new WordsEmbedder(), new EndpointEmbedder(endpoint(url, "openai", null)));

        assertThatThrownBy(() -> service.match(List.of(), "Dzień dobry", java.util.Locale.forLanguageTag("pl")))
                .isInstanceOf(OwnWordsUnavailableException.class);
    }

    @Test
    void an_endpoint_url_without_a_model_is_refused_at_start_up_with_the_setting_named() {
        assertThatThrownBy(() -> new OwnWordsSettings.Endpoint(
                        "http://ollama:11434", "ollama", "", null, 0.5, 0.42, Duration.ofSeconds(5)))
                .hasMessageContaining("ORIENTA_OWNWORDS_ENDPOINT_MODEL");
    }
}
