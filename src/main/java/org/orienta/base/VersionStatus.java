package org.orienta.base;

/** A version is edited as a draft; publishing makes it immutable; archiving withdraws it from new attempts. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
