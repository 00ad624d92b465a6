package org.orienta.base.yaml;

import java.lang.management.ManagementFactory;

/**
 * Alias bombs on text values (issue 16): one anchored text of 300,000 characters referred to 150,000
 * times, in a file under the 1 MB limit. With spaces around the text every reader that strips it makes
 * a copy (gigabytes); without them nothing is copied and the file used to pass as valid.
 */
public final class AliasBombs {

    public static final int TEXT = 300_000;
    public static final int REFERENCES = 150_000;

    private AliasBombs() {}

    /** The YAML document with its {@code summary:} line replaced by the bomb (the anchor) and a list of references. */
    public static String into(String yaml, boolean whitespace) {
        var text = "x".repeat(TEXT);
        var anchored = whitespace ? "\" " + text + " \"" : text;
        var references = new StringBuilder(REFERENCES * 3).append('[');
        for (int i = 0; i < REFERENCES; i++) {
            references.append(i == 0 ? "*a" : ",*a");
        }
        references.append(']');
        var result = yaml.replaceFirst("(?m)^summary:.*$", "summary: &a " + anchored + "\nsources: " + references);
        if (result.equals(yaml)) {
            throw new IllegalArgumentException("the document has no summary: line");
        }
        return result;
    }

    /** Bytes the current thread has allocated so far (HotSpot), to assert bounded memory without sleeping. */
    public static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
