package org.orienta.progress.attempt;

import org.orienta.base.ItemRef;

/** Every assessed attempt the item allows is used; practice remains open. */
public class AttemptLimitException extends RuntimeException {

    private final int allowed;

    public AttemptLimitException(ItemRef item, int allowed) {
        super(item + " allows " + allowed + " assessed attempts");
        this.allowed = allowed;
    }

    public int allowed() {
        return allowed;
    }
}
