package org.orienta.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;

/**
 * What one kind of content tells the catalogue about itself; a module adds a kind by declaring one of
 * these as a bean (docs/architecture.md, "Adding a kind of content"). The catalogue does the rest:
 * versions, publishing, history, archiving and caching parsed definitions.
 *
 * @param <D> the parsed definition, an immutable record
 */
public interface ContentType<D> {

    /** How items, attempts and drafts store the kind: SCENARIO, EXERCISE, QUIZ, MODULE … */
    String kind();

    /** The sub-folder of the content folder its files live in: scenarios, exercises … */
    String folder();

    /** The definition's type, so that code holding a definition can find its kind. */
    Class<D> definitionType();

    /** The item's stable key, the id in its file. */
    String key(D definition);

    /** Reads a parsed file, recording every problem with its position; null if it cannot be read at all. */
    @Nullable D read(YamlValue document, ReadContext context);

    /** The canonical YAML that a version stores; reading it back gives an equal definition. */
    String write(D definition);

    /** The rules beyond the file's shape, each problem named by its path in the item. */
    List<FieldProblem> check(D definition, KnownContent known);

    /** What a list of items shows about one of them. */
    ContentSummary summarise(D definition);
}
