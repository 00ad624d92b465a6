package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orienta.authoring.AuthoringService;
import org.orienta.content.ContentProblem;

/**
 * One content kind's part of the editor page: the tabs it shows before the source (a graph, a form, a
 * builder), how it shows the draft, and what the toolbar offers for it. The page itself (saving,
 * problems, publishing, history, the source) is the same for every kind; a new kind is a new
 * implementation and one entry in {@link EditorView}'s map, not a new branch in the page.
 */
interface KindEditor {

    /** What a kind's editor may ask of the page it sits in. */
    interface Host {

        AuthoringService authoring();

        /** The item's key (rp-01, ex-03 …). */
        String key();

        /** The item's title as the draft has it, for dialog titles. */
        String title();

        /** The draft's text as it stands. */
        String text();

        /** Saves a text built by the kind's editor as the draft, shows it in the source and checks it. */
        void save(String text);

        /** The language trainee-facing texts are shown and edited in (English unless the trainer chose another). */
        Locale language();

        /** What matches typed replies, for the role-play editor's own-words checks; null hides them. */
        default org.orienta.ownwords.@org.jspecify.annotations.Nullable OwnWordsService ownWords() {
            return null;
        }
    }

    /** A preview the toolbar offers: its label's key and what it plays. */
    record Preview(String labelKey, Runnable play) {}

    /** Adds this kind's tabs; the page adds the source tab after them. */
    void addTabs(TabSheet tabs);

    /** The draft's text changed (saved, typed in the source, reloaded): show it with its problems. */
    void show(String text, List<ContentProblem> problems);

    /**
     * The trainer chose another language: the next {@link #show} builds the forms anew in it, so the
     * fields show and edit that language's texts.
     */
    void languageChanged();

    /** The item as last shown, read from the draft, for counting its texts per language; empty while unreadable. */
    Optional<Object> definition();

    /**
     * Leads to one of the item's texts, named by its path ({@link EditorLanguage#texts}); false when no
     * form here shows it (a variant only the source holds).
     */
    boolean goToText(String path);

    /** Leads to a problem's place in this editor; false when it has none here, and the source line is shown. */
    default boolean goTo(ContentProblem problem) {
        return false;
    }

    /** The toolbar's preview, for a kind trainees play. */
    default Optional<Preview> preview() {
        return Optional.empty();
    }

    /** Further toolbar actions of this kind (a quiz's GIFT export). */
    default List<Component> actions() {
        return List.of();
    }

    /** Whether the item has a published version (some actions only make sense then). */
    default void published(boolean published) {}

    /** Whether the assessment-integrity audit applies (role-plays and quizzes). */
    default boolean audited() {
        return false;
    }

    /** Whether trainees play it, so it has analytics. */
    default boolean played() {
        return false;
    }

    /**
     * Whether it is an item with its own versions, history and archive; the competency framework is
     * one file that is always there, so it has none.
     */
    default boolean versioned() {
        return true;
    }
}
