package org.orienta.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One organisation-wide setting an administrator changes in the app (e.g. the default language). */
@Entity
@Table(name = "organisation_setting")
class OrganisationSetting {

    static final String DEFAULT_LANGUAGE = "default-language";
    /** The languages an item must be complete in to be published, comma-separated ("hr,sv"). */
    static final String REQUIRED_LANGUAGES = "required-languages";

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    protected OrganisationSetting() {
        this.key = "";
        this.value = "";
    }

    OrganisationSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    String value() {
        return value;
    }

    void change(String value) {
        this.value = value;
    }
}
