package org.orienta.people.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** A two-column list of labelled values, as used for profile details. */
class ProfileList extends DescriptionList {

    ProfileList() {
        addClassName("orienta-profile-list");
    }

    void add(String term, String value) {
        add(new Term(term), new Description(value));
    }
}
