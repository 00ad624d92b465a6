package org.orienta.ownwords;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.jspecify.annotations.Nullable;

/**
 * all-MiniLM-L6-v2 on ONNX Runtime, from the jar: nothing is downloaded, and nothing is loaded until the
 * first own-words reply or editor check needs it, so a server whose role-plays are all answered by
 * choosing starts as before (docs/decisions/0042).
 */
final class BundledEmbedder implements Embedder {

    private volatile @Nullable AllMiniLmL6V2EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        return Embedder.normalised(model().embed(text).content().vector());
    }

    /** Whether the model is in memory (for the benchmark and the start-up test). */
    boolean loaded() {
        return model != null;
    }

    private AllMiniLmL6V2EmbeddingModel model() {
        var loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    // The model's own executor is for batches; a reply is one text, embedded on the caller's thread.
                    loaded = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
