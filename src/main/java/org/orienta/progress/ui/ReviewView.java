package org.orienta.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.base.ui.FieldProblems;
import org.orienta.exercise.FreeTextExercise;
import org.orienta.exercise.ReflectionExercise;
import org.orienta.exercise.RewriteExercise;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.review.ReviewService;

/**
 * Reviewing one free-text answer: the task, the trainee's reply next to the model answer, what the
 * trainee ticked when checking it, and a level for each rubric criterion with a comment.
 */
@Route("reviews/:attempt")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Map<String, Select<Integer>> levels = new LinkedHashMap<>();
    final TextArea comment = new TextArea();
    final Button submit = new Button();
    private final transient ReviewService reviews;
    private final transient org.orienta.progress.review.ReviewSuggestionService suggestions;
    private final transient SuggestionExecutor executor;
    private final transient org.orienta.progress.review.ReviewSuggestionSettings settings;
    private com.vaadin.flow.shared.@org.jspecify.annotations.Nullable Registration submitting;
    private String title = "";

    ReviewView(
            ReviewService reviews,
            org.orienta.progress.review.ReviewSuggestionService suggestions,
            SuggestionExecutor executor,
            org.orienta.progress.review.ReviewSuggestionSettings settings) {
        this.reviews = reviews;
        this.suggestions = suggestions;
        this.executor = executor;
        this.settings = settings;
        addClassName("orienta-page");
        setId("review");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.pageTitle", title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptId id;
        ReviewService.ReviewCase review;
        try {
            id = new AttemptId(
                    Long.parseLong(event.getRouteParameters().get("attempt").orElse("")));
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        try {
            review = reviews.open(id);
        } catch (InvalidInputException e) {
            try {
                showReflection(id, reviews.openReflection(id));
            } catch (InvalidInputException notReflection) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            }
            return;
        }
        removeAll();
        levels.clear();
        var exercise = review.exercise();
        title = exercise.title().english();
        var back = new Anchor("reviews", getTranslation("reviews.back"));
        var heading = new H2(Texts.plain(exercise.title()));
        var who = new Paragraph(getTranslation(
                "reviews.who",
                review.row().traineeName(),
                review.row().department() == null ? "–" : review.row().department()));
        who.setId("review-who");
        var task = new Section(
                new H3(getTranslation("reviews.task")),
                Texts.markdown(exercise.info().instructions()));
        task.addClassName("orienta-section");
        add(back, heading, who, task);
        // A rewrite's cold reply or a reflection's question as the heading, the trainee's answer under it.
        for (FreeTextExercise.Item item : exercise.items()) {
            var question = new H3(Texts.plain(item.text()));
            question.setId("question-" + item.id());
            var section = new Section(question);
            section.addClassName("orienta-section");
            if (item.guidance() != null) {
                var guidance = Texts.markdown(item.guidance());
                guidance.getElement().getClassList().add("orienta-hint");
                section.add(guidance);
            }
            var answer = new Paragraph(review.answers().getOrDefault(item.id(), ""));
            answer.addClassNames("orienta-bubble", "orienta-bubble-trainee");
            answer.setId("answer-" + item.id());
            section.add(answer);
            if (item.model() != null) {
                var model = new Div(
                        new Paragraph(getTranslation(
                                exercise instanceof ReflectionExercise ? "reviews.modelNote" : "reviews.model")),
                        Texts.markdown(item.model()));
                model.addClassName("orienta-hint");
                section.add(model);
            }
            add(section);
        }
        if (exercise instanceof ReflectionExercise reflection && reflection.modelNotes() != null) {
            var notes = new Section(
                    new H3(getTranslation("exercise.reflection.modelNotes")), Texts.markdown(reflection.modelNotes()));
            notes.addClassNames("orienta-section", "orienta-hint");
            add(notes);
        }
        var rubric = new Section(new H3(getTranslation("reviews.rubric")));
        rubric.addClassName("orienta-section");
        if (!review.selfCheck().isEmpty()) {
            rubric.add(new Paragraph(getTranslation("reviews.selfCheck", String.join(", ", review.selfCheck()))));
        }
        var hints = new SuggestionHints(settings.minimumReviewed());
        var assistance = new Paragraph(getTranslation("reviews.suggestion.intro"));
        assistance.addClassName("orienta-hint");
        rubric.add(assistance);
        for (RewriteExercise.Criterion criterion : exercise.rubric()) {
            var select = new Select<Integer>();
            select.setLabel(Texts.plain(criterion.criterion()));
            select.setHelperText(Texts.plain(criterion.description()));
            select.setItems(1, 2, 3, 4);
            select.setItemLabelGenerator(l -> getTranslation("level." + l));
            select.setId("level-" + criterion.id());
            select.setWidthFull();
            levels.put(criterion.id(), select);
            // The suggestion beside the criterion, as text: the level stays empty until the trainer picks it.
            var row = new Div(select, hints.chip(criterion.id()));
            row.addClassName("orienta-criterion");
            rubric.add(row);
        }
        comment.setLabel(getTranslation("reviews.comment"));
        comment.setHelperText(getTranslation("reviews.comment.help"));
        comment.setId("review-comment-field");
        comment.setWidthFull();
        comment.setMaxLength(4000);
        submit.setText(getTranslation("reviews.submit"));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onSubmit(() -> submit(id));
        rubric.add(comment, submit);
        add(rubric);
        if (review.review() != null) {
            submit.setEnabled(false);
            rubric.add(new Paragraph(
                    getTranslation("reviews.already", review.review().reviewer())));
        }
        hints.load(() -> suggestions.suggest(id), executor);
    }

    /** A trainee's answers to the reflection questions after a role-play ending, with one level and a comment. */
    private void showReflection(AttemptId id, ReviewService.ReflectionCase reflection) {
        removeAll();
        levels.clear();
        title = reflection.scenarioTitle();
        var back = new Anchor("reviews", getTranslation("reviews.back"));
        var heading = new H2(reflection.scenarioTitle());
        var who = new Paragraph(getTranslation(
                "reviews.who",
                reflection.row().traineeName(),
                reflection.row().department() == null ? "–" : reflection.row().department()));
        who.setId("review-who");
        var ending = new Paragraph(getTranslation(
                "reviews.reflection.ending",
                reflection.endingTitle(),
                getTranslation("player.outcome." + reflection.outcome())));
        add(back, heading, who, ending);
        if (!reflection.typed().isEmpty()) {
            var typed = new Section(new H3(getTranslation("ownWords.review.title")));
            typed.addClassName("orienta-section");
            typed.setId("review-typed");
            for (var line : reflection.typed()) {
                var row = new Paragraph(getTranslation(
                        "ownWords.review.row",
                        org.orienta.base.Formats.quote(line.typed(), getLocale()),
                        org.orienta.base.Formats.quote(line.understoodAs(), getLocale())));
                typed.add(row);
                if (!line.matched()) {
                    var asked = new Paragraph(getTranslation("ownWords.review.asked"));
                    asked.addClassName("orienta-hint");
                    typed.add(asked);
                }
            }
            add(typed);
        }
        for (var answer : reflection.answers()) {
            var section = new Section(new H3(answer.getKey()));
            section.addClassName("orienta-section");
            var text = new Paragraph(answer.getValue());
            text.addClassNames("orienta-bubble", "orienta-bubble-trainee");
            section.add(text);
            add(section);
        }
        var form = new Section(new H3(getTranslation("reviews.rubric")));
        form.addClassName("orienta-section");
        var select = new Select<Integer>();
        select.setLabel(getTranslation("reviews.reflection.level"));
        select.setItems(1, 2, 3, 4);
        select.setItemLabelGenerator(l -> getTranslation("level." + l));
        select.setId("level-" + ReviewService.REFLECTION);
        select.setWidthFull();
        levels.put(ReviewService.REFLECTION, select);
        comment.setLabel(getTranslation("reviews.comment"));
        comment.setId("review-comment-field");
        comment.setWidthFull();
        comment.setMaxLength(4000);
        submit.setText(getTranslation("reviews.submit"));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onSubmit(() -> send(() ->
                reviews.submitReflection(id, select.getValue() == null ? 0 : select.getValue(), comment.getValue())));
        form.add(select, comment, submit);
        if (reflection.review() != null) {
            submit.setEnabled(false);
            form.add(new Paragraph(
                    getTranslation("reviews.already", reflection.review().reviewer())));
        }
        add(form);
    }

    /** The view is reused when only the attempt in the address changes: one listener, for the answer shown. */
    private void onSubmit(Runnable action) {
        if (submitting != null) {
            submitting.remove();
        }
        submitting = submit.addClickListener(e -> action.run());
    }

    private void submit(AttemptId id) {
        var chosen = new LinkedHashMap<String, Integer>();
        levels.forEach((criterion, select) -> {
            if (select.getValue() != null) {
                chosen.put(criterion, select.getValue());
            }
        });
        send(() -> reviews.submit(id, chosen, comment.getValue()));
    }

    /** Submits a review; problems are shown on their fields (a level's field is "levels/<criterion>"). */
    private void send(Runnable submission) {
        try {
            submission.run();
            Notification.show(getTranslation("reviews.done"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("reviews"));
        } catch (InvalidInputException ex) {
            var fields = FieldProblems.on(this);
            levels.forEach((criterion, select) -> fields.field("levels/" + criterion, select));
            fields.field("comment", comment).otherwise(comment).show(ex.problems());
        } catch (ConcurrentEditException ex) {
            Notification.show(getTranslation("reviews.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
