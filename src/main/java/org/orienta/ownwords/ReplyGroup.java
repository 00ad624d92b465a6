package org.orienta.ownwords;

import java.util.List;

/** Replies that say much the same thing, the first the most typical. */
public record ReplyGroup(List<String> replies) {

    public ReplyGroup {
        replies = List.copyOf(replies);
    }
}
