package org.orienta.ownwords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An embeddings endpoint the organisation runs: OpenAI-compatible ({@code POST /v1/embeddings}) or
 * Ollama ({@code POST /api/embed}). Replies and options then leave the server only for that endpoint
 * (docs/decisions/0043).
 */
final class EndpointEmbedder implements Embedder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OwnWordsSettings.Endpoint endpoint;
    private final HttpClient client;

    EndpointEmbedder(OwnWordsSettings.Endpoint endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    }

    @Override
    public float[] embed(String text) {
        var ollama = endpoint.kind().equals("ollama");
        var base = endpoint.url().replaceAll("/+$", "");
        var uri = URI.create(ollama ? base + "/api/embed" : base + (base.endsWith("/v1") ? "" : "/v1") + "/embeddings");
        var body = JSON.createObjectNode().put("model", endpoint.model()).put("input", text);
        var request = HttpRequest.newBuilder(uri)
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        var key = endpoint.apiKey();
        if (key != null && !key.isBlank()) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the embeddings endpoint " + uri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + uri, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the embeddings endpoint " + uri + " answered " + response.statusCode());
        }
        return Embedder.normalised(vector(JSON.readTree(response.body()), ollama));
    }

    /** The vector in an answer: {@code data[0].embedding} (OpenAI) or {@code embeddings[0]} (Ollama). */
    static float[] vector(JsonNode answer, boolean ollama) {
        var array = ollama
                ? answer.path("embeddings").path(0)
                : answer.path("data").path(0).path("embedding");
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalStateException("the embeddings endpoint answered without a vector");
        }
        var vector = new float[array.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) array.get(i).asDouble();
        }
        return vector;
    }
}
