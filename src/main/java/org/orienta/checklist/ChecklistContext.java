package org.orienta.checklist;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where a checklist is used: the channel of a real conversation, or a live exercise in a session. */
public enum ChecklistContext {
    COUNTER,
    PHONE,
    CHAT,
    LIVE_EXERCISE;

    /** The word in files: counter, phone, chat, live-exercise. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ChecklistContext::word).toList();
    }

    public static ChecklistContext fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
