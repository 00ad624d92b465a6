package org.orienta.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.orienta.progress.ui.ScenarioPreview;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioState;

/**
 * Asks for the state to start a role-play in at one node (mood, counters, hidden draws), then plays it
 * in the trainees' own player, recording nothing. From the start with nothing to set it plays at once.
 */
class PlayFromDialog extends Dialog {

    private final ScenarioDefinition played;
    private final String nodeId;
    private final Select<Integer> mood = new Select<>();
    private final Map<String, IntegerField> counters = new LinkedHashMap<>();
    private final Map<String, Select<String>> drawn = new LinkedHashMap<>();
    private final Div stage = new Div();

    private final transient org.orienta.ownwords.@org.jspecify.annotations.Nullable OwnWordsService ownWords;

    PlayFromDialog(ScenarioDefinition played, String nodeId) {
        this(played, nodeId, null);
    }

    PlayFromDialog(
            ScenarioDefinition played,
            String nodeId,
            org.orienta.ownwords.@org.jspecify.annotations.Nullable OwnWordsService ownWords) {
        this.ownWords = ownWords;
        this.played = played;
        this.nodeId = nodeId;
        setId("play-dialog");
        setHeaderTitle(getTranslation("editor.play.title", nodeId));
        var initial = played.initialState();
        mood.setId("play-mood");
        mood.setLabel(getTranslation("editor.play.mood"));
        mood.setItems(1, 2, 3, 4, 5);
        mood.setValue(initial.mood());
        var fields = new Div(mood);
        fields.addClassName("orienta-play-state");
        initial.counters().forEach((name, value) -> {
            var field = new IntegerField(name);
            field.setId("play-counter-" + name);
            field.setValue(value);
            field.setStepButtonsVisible(true);
            counters.put(name, field);
            fields.add(field);
        });
        var drawnNow =
                played.initialState(ThreadLocalRandom.current().nextLong()).drawn();
        played.draws().forEach((name, values) -> {
            var field = new Select<String>();
            field.setLabel(name);
            field.setId("play-drawn-" + name);
            field.setItems(values);
            field.setValue(drawnNow.get(name));
            drawn.put(name, field);
            fields.add(field);
        });
        stage.addClassName("orienta-play-stage");
        var start = new Button(getTranslation("editor.play.start"), VaadinIcon.PLAY.create(), e -> begin());
        start.setId("play-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var note = new Paragraph(getTranslation("editor.play.note"));
        note.addClassName("orienta-hint");
        add(note, fields, start, stage);
        var close = new Button(getTranslation("editor.play.close"), e -> close());
        close.setId("play-close");
        getFooter().add(close);
        setWidth("min(100vw, 760px)");
    }

    @Override
    public void open() {
        super.open();
        if (nodeId.equals(played.start())
                && played.initialState().counters().isEmpty()
                && played.draws().isEmpty()) {
            begin();
        }
    }

    private void begin() {
        var values = new TreeMap<String, Integer>();
        counters.forEach((name, field) -> values.put(name, field.getValue() == null ? 0 : field.getValue()));
        var hidden = new TreeMap<String, String>();
        drawn.forEach((name, field) -> hidden.put(name, field.getValue()));
        stage.removeAll();
        try {
            stage.add(new ScenarioPreview(
                    played, nodeId, new ScenarioState(mood.getValue(), values, hidden), this::begin, ownWords));
        } catch (IllegalStateException | IllegalArgumentException e) {
            var message = new Paragraph(getTranslation("editor.play.broken", e.getMessage()));
            message.setId("play-broken");
            message.addClassNames("orienta-banner", "orienta-banner-error");
            stage.add(message);
        }
    }
}
