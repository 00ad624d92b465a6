package org.orienta.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the trainee's My training page, declared as a bean (facilitated
 * sessions show the trainee's upcoming and past sessions this way). The page's own module then needs
 * no dependency on each feature that has something to show there, and the feature keeps its rules.
 *
 * <p>A section may only use components the page itself already loads (cards, badges, buttons, plain
 * HTML): the production bundle loads a page's web components with the page, not with the beans it asks.
 */
public interface MyTrainingSection {

    /** The section for the signed-in trainee, built anew for each visit; empty when there is nothing to show. */
    Optional<Component> section();
}
