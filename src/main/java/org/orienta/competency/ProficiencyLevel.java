package org.orienta.competency;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.orienta.base.LocalizedText;
import org.orienta.base.LocalizedTextConverter;

@Entity
@Table(name = "proficiency_level")
class ProficiencyLevel {

    @Id
    private int level;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText name;

    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText description;

    @Version
    private long version;

    protected ProficiencyLevel() {
        // To keep Hibernate happy
        this.name = LocalizedText.english("");
        this.description = this.name;
    }

    ProficiencyLevel(int level) {
        this();
        this.level = level;
    }

    void update(LevelDefinition definition) {
        this.name = definition.name();
        this.description = definition.description();
    }

    LevelDefinition toDefinition() {
        return new LevelDefinition(level, name, description);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProficiencyLevel other && level == other.level;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(level);
    }
}
