package org.orienta.observation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.stream.Collectors;
import org.orienta.base.Formats;
import org.orienta.observation.AnsweredBehaviour;
import org.orienta.observation.ObservationRecord;
import org.orienta.observation.ObservationSource;

/** One observation as people read it: what, when, who observed (or "a mystery shopper"), and each answer. */
class ObservationCard extends Div {

    private ObservationCard(ObservationRecord o, Locale locale, boolean showPerson) {
        addClassName("orienta-observation");
        setId("observation-" + o.id().value());
        var title = new H3(o.checklistTitle().in(locale));
        add(title);
        var observer = o.observerName();
        var who = o.source() == ObservationSource.MYSTERY_SHOPPING || observer == null
                ? getTranslation("observation.by.mystery")
                : getTranslation("observation.by." + o.source().name(), observer);
        var when = new Paragraph(getTranslation("observation.when", Formats.date(o.observedOn(), locale), who));
        when.addClassName("orienta-hint");
        add(when);
        if (showPerson && o.personName() != null) {
            add(new Paragraph(getTranslation("observation.about", o.personName())));
        }
        var channel = o.channel();
        var branch = o.departmentName();
        if (channel != null || branch != null) {
            var where = new Paragraph(getTranslation(
                    "observation.where",
                    channel == null ? "–" : getTranslation("observation.channel." + channel.name()),
                    branch == null ? "–" : branch));
            where.addClassName("orienta-hint");
            add(where);
        }
        if (o.voided()) {
            var voided = new Paragraph(getTranslation("observation.voided", o.voidReason()));
            voided.setId("observation-voided-" + o.id().value());
            voided.addClassName("orienta-warning");
            add(voided);
        }
        var list = new UnorderedList();
        for (AnsweredBehaviour answer : o.answers()) {
            var item = new ListItem();
            var badge = new Span(
                    getTranslation("observation.answer." + answer.answer().name()));
            badge.addClassNames(
                    "orienta-answer", "orienta-answer-" + answer.answer().name().toLowerCase(Locale.ROOT));
            var text = new Span(answer.text().in(locale));
            text.addClassName("orienta-answer-text");
            item.add(badge, text);
            if (!answer.shows().isEmpty()) {
                var shows = new Span(getTranslation(
                        "observation.shows",
                        answer.shows().stream()
                                .map(e -> getTranslation(
                                        "observation.level", e.competency().value(), e.level()))
                                .collect(Collectors.joining(", "))));
                shows.addClassName("orienta-hint");
                item.add(new Div(shows));
            }
            if (answer.note() != null) {
                item.add(new Div(new Span(getTranslation("observation.noteShown", answer.note()))));
            }
            list.add(item);
        }
        add(list);
        if (o.comment() != null) {
            var comment = new Paragraph(getTranslation("observation.comment.shown", o.comment()));
            comment.setId("observation-comment-" + o.id().value());
            add(comment);
        }
    }

    static ObservationCard of(ObservationRecord o, Locale locale, boolean showPerson) {
        return new ObservationCard(o, locale, showPerson);
    }
}
