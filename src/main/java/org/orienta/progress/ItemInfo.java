package org.orienta.progress;

import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;

/** What a list shows about a learning item: its title and how long it takes. */
public record ItemInfo(ItemRef ref, int version, LocalizedText title, LocalizedText summary, int minutes) {}
