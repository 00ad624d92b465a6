package org.orienta.competency;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.orienta.base.LocalizedText;
import org.orienta.base.LocalizedTextConverter;

@Entity
@Table(name = "competency")
class Competency {

    @Id
    private String code;

    private int position;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText name;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText definition;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText level1;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText level2;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText level3;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText level4;

    /** Citations, one per line. */
    private String sources;

    @Version
    private long version;

    protected Competency() {
        // To keep Hibernate happy
        this.code = "";
        this.name = LocalizedText.english("");
        this.definition = this.name;
        this.level1 = this.name;
        this.level2 = this.name;
        this.level3 = this.name;
        this.level4 = this.name;
        this.sources = "";
    }

    Competency(CompetencyCode code) {
        this();
        this.code = code.value();
    }

    void update(CompetencyDefinition definition, int position) {
        this.position = position;
        this.name = definition.name();
        this.definition = definition.definition();
        this.level1 = definition.descriptor(1);
        this.level2 = definition.descriptor(2);
        this.level3 = definition.descriptor(3);
        this.level4 = definition.descriptor(4);
        this.sources = String.join("\n", definition.sources());
    }

    int position() {
        return position;
    }

    CompetencyDefinition toDefinition() {
        return new CompetencyDefinition(
                new CompetencyCode(code),
                name,
                definition,
                List.of(level1, level2, level3, level4),
                sources.isEmpty() ? List.of() : Arrays.asList(sources.split("\n")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Competency other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
