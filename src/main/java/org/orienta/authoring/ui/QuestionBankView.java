package org.orienta.authoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.orienta.authoring.AuthoringService;
import org.orienta.base.Roles;
import org.orienta.base.SafeHtml;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.quiz.BankQuestion;
import org.orienta.quiz.QuestionType;

/**
 * Every question of every published quiz in one list, filtered by competency, tag, type and text, so a
 * trainer finds what exists before writing a new question; each row opens its quiz in the editor.
 */
@Route("content/questions")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class QuestionBankView extends Div implements HasDynamicTitle {

    final Grid<BankQuestion> grid = new Grid<>();
    final Select<String> competency = new Select<>();
    final Select<String> tag = new Select<>();
    final Select<String> type = new Select<>();
    final TextField search = new TextField();
    private final List<BankQuestion> questions;

    QuestionBankView(AuthoringService authoring) {
        addClassName("orienta-page");
        setId("question-bank");
        questions = authoring.questionBank();
        var back = new Anchor("content", getTranslation("editor.back"));
        var intro = new Paragraph(getTranslation("bank.intro"));
        intro.addClassName("orienta-hint");

        competency.setId("bank-competency");
        competency.setAriaLabel(getTranslation("bank.competency"));
        var codes = new java.util.ArrayList<String>(List.of(""));
        authoring.competencies().stream()
                .map(CompetencyDefinition::code)
                .map(c -> c.value())
                .forEach(codes::add);
        competency.setItems(codes);
        var names = new java.util.HashMap<String, String>();
        authoring
                .competencies()
                .forEach(c -> names.put(c.code().value(), c.name().in(getLocale())));
        competency.setItemLabelGenerator(c ->
                c.isEmpty() ? getTranslation("bank.competency.all") : getTranslation("text.meta", c, names.get(c)));
        competency.setValue("");
        tag.setId("bank-tag");
        tag.setAriaLabel(getTranslation("bank.tag"));
        var tags = new java.util.TreeSet<String>();
        questions.forEach(q -> tags.addAll(q.question().info().tags()));
        var tagItems = new java.util.ArrayList<String>(List.of(""));
        tagItems.addAll(tags);
        tag.setItems(tagItems);
        tag.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("bank.tag.all") : t);
        tag.setValue("");
        type.setId("bank-type");
        type.setAriaLabel(getTranslation("bank.type"));
        var types = new java.util.ArrayList<String>(List.of(""));
        for (QuestionType t : QuestionType.values()) {
            types.add(t.word());
        }
        type.setItems(types);
        type.setItemLabelGenerator(
                t -> t.isEmpty() ? getTranslation("bank.type.all") : getTranslation("bank.type." + t));
        type.setValue("");
        search.setId("bank-search");
        search.setPlaceholder(getTranslation("bank.search"));
        search.setAriaLabel(getTranslation("bank.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        competency.addValueChangeListener(e -> filter());
        tag.addValueChangeListener(e -> filter());
        type.addValueChangeListener(e -> filter());
        search.addValueChangeListener(e -> filter());
        var filters = new Div(search, competency, tag, type);
        filters.addClassName("orienta-actions");

        grid.setId("bank-grid");
        grid.addComponentColumn(q -> new Anchor("content/quiz/" + q.quizKey(), q.quizKey()))
                .setHeader(getTranslation("bank.col.quiz"))
                .setFlexGrow(1);
        grid.addColumn(q -> SafeHtml.plainText(q.question().info().text().english()))
                .setHeader(getTranslation("bank.col.question"))
                .setFlexGrow(5);
        grid.addColumn(q -> getTranslation("bank.type." + q.question().type().word()))
                .setHeader(getTranslation("bank.type"))
                .setFlexGrow(1);
        grid.addColumn(q -> String.join(
                        ", ",
                        q.question().info().evidence().stream()
                                .map(e -> e.competency().value() + ":" + e.level())
                                .toList()))
                .setHeader(getTranslation("bank.competency"))
                .setFlexGrow(1);
        grid.addColumn(q -> String.join(", ", q.question().info().tags()))
                .setHeader(getTranslation("bank.tag"))
                .setFlexGrow(2);
        grid.setHeight("70vh");
        grid.setEmptyStateText(getTranslation("bank.empty"));
        add(back, intro, filters, grid);
        filter();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.title");
    }

    private void filter() {
        var text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(questions.stream()
                .filter(q -> blank(competency.getValue())
                        || q.question().info().evidence().stream()
                                .anyMatch(e -> e.competency().value().equals(competency.getValue())))
                .filter(q -> blank(tag.getValue()) || q.question().info().tags().contains(tag.getValue()))
                .filter(q ->
                        blank(type.getValue()) || q.question().type().word().equals(type.getValue()))
                .filter(q -> text.isEmpty()
                        || q.question()
                                .info()
                                .text()
                                .english()
                                .toLowerCase(Locale.ROOT)
                                .contains(text)
                        || q.quizKey().contains(text))
                .toList());
    }

    private static boolean blank(String value) {
        return Objects.requireNonNullElse(value, "").isEmpty();
    }
}
