package org.orienta.ownwords;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * all-MiniLM-L6-v2 on ONNX Runtime, from the jar: nothing is downloaded, and nothing is loaded until the
 * first own-words reply or editor check needs it, so a server whose role-plays are all answered by
 * choosing starts as before (docs/decisions/0042).
 *
 * <p>The session runs each reply on one thread without spinning: a reply is a few dozen tokens, too
 * small to gain from splitting, and on a server many trainees' replies run side by side, where
 * ONNX Runtime's default pool (a spinning thread per core for every call) made them wait on each other.
 */
final class BundledEmbedder implements Embedder {

    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private volatile @Nullable EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        return Embedder.normalised(model().embed(text).content().vector());
    }

    /** Whether the model is in memory (for the benchmark and the start-up test). */
    boolean loaded() {
        return model != null;
    }

    private EmbeddingModel model() {
        var loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static EmbeddingModel load() {
        try (var modelBytes = resource(MODEL);
                var tokenizer = resource(TOKENIZER);
                var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            var environment = OrtEnvironment.getEnvironment();
            var session = environment.createSession(modelBytes.readAllBytes(), options);
            var encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            // A reply is one text, embedded on the caller's thread; the executor is only for batches.
            return new InProcess(encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled model could not be read from the jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the bundled model", e);
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(
                AllMiniLmL6V2EmbeddingModel.class.getClassLoader().getResourceAsStream(name),
                () -> name + " is missing from the classpath");
    }

    /** The library's in-process model around a session configured here. */
    private static final class InProcess extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        InProcess(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
