package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.orienta.authoring.ContentKind;

/** A quiz: its form, previewed in the trainees' player, audited, with analytics and GIFT export. */
class QuizEditor extends RecordEditor {

    private final Anchor gift;

    QuizEditor(Host host) {
        super(host, ContentKind.QUIZ);
        gift = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var written = host.authoring().exportGift(host.key());
                    var bytes = written.text().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            host.key() + ".gift.txt",
                            "text/plain;charset=utf-8",
                            bytes.length);
                }),
                "");
        gift.setId("export-gift");
        gift.getElement().setAttribute("download", true);
        gift.addClassName("orienta-link-button");
        // Only a published version can be exported; on a new draft the link would fail.
        gift.setVisible(false);
    }

    @Override
    public List<Component> actions() {
        gift.setText(gift.getTranslation("editor.exportGift"));
        return List.of(gift);
    }

    @Override
    public void published(boolean published) {
        gift.setVisible(published);
    }

    @Override
    public Optional<Preview> preview() {
        return playable();
    }

    @Override
    public boolean audited() {
        return true;
    }

    @Override
    public boolean played() {
        return true;
    }
}
