package org.orienta.base.ui;

/**
 * A feature's say on whether the signed-in person sees one of its menu entries that their roles allow,
 * declared as a bean: "Observe my team" is for people who manage someone, not for every employee. It
 * only hides the entry; the page itself is still guarded by its roles and its service.
 */
public interface MenuEntryFilter {

    /** Whether the signed-in person sees the entry for this route path (asked once per browser tab). */
    boolean shows(String path);
}
