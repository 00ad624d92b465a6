package org.orienta.ownwords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Option;
import org.springframework.stereotype.Service;

/**
 * Understands a trainee's own words at a role-play decision: the closest authored option with a
 * confidence, or an abstention. English replies are matched by the bundled model, loaded on first use;
 * other languages by the organisation's embeddings endpoint when one is configured, otherwise not at
 * all (the player then offers the options to choose from).
 */
@Service
@ForSignedIn
public class OwnWordsService {

    /** Replies at least this similar to a group's first reply join the group. */
    static final double SAME_THING = 0.62;

    private final OwnWordsSettings settings;
    private final ReplyMatcher bundled;
    private final @Nullable ReplyMatcher endpoint;

    @org.springframework.beans.factory.annotation.Autowired
    OwnWordsService(OwnWordsSettings settings) {
        this(
                settings,
                new BundledEmbedder(),
                settings.endpoint().configured() ? new EndpointEmbedder(settings.endpoint()) : null);
    }

    OwnWordsService(OwnWordsSettings settings, Embedder bundled, @Nullable Embedder endpoint) {
        this.settings = settings;
        this.bundled = new ReplyMatcher(bundled);
        this.endpoint = endpoint == null ? null : new ReplyMatcher(endpoint);
    }

    /**
     * A service outside Spring, for the evaluation and benchmark commands: the bundled model only, and no
     * access checks (there is no signed-in person on the command line).
     */
    public static OwnWordsService standalone(OwnWordsSettings settings) {
        return new OwnWordsService(settings, new BundledEmbedder(), null);
    }

    /** The thresholds in force for English replies. */
    public double threshold() {
        return settings.threshold();
    }

    public double floor() {
        return settings.floor();
    }

    /** Whether replies in this language can be understood: English always, others with an endpoint. */
    public boolean available(Locale locale) {
        return english(locale) || endpoint != null;
    }

    /**
     * Where a reply typed at a decision goes among the options it offers now.
     *
     * @throws OwnWordsUnavailableException when the model or the endpoint cannot be used
     * @throws IllegalArgumentException when own-words replies are not available in this language
     */
    public ReplyMatch match(List<Option> offered, String reply, Locale locale) {
        var matcher = matcher(locale);
        try {
            return matcher.match(offered, reply, locale, thresholds(locale));
        } catch (RuntimeException | LinkageError e) {
            throw new OwnWordsUnavailableException("own-words matching failed: " + e, e);
        }
    }

    /**
     * The options a trainee chooses from after the matcher abstained: the closest few after an unclear
     * reply, all after an off-topic one, in an order that depends only on the attempt's seed, the
     * decision and the reply, so it does not give the ranking away and stays put on a redraw.
     */
    public List<Option> fallback(ReplyMatch match, List<Option> offered, long seed, String decisionId) {
        var ids = MatchRules.fallback(
                match,
                offered.stream().map(Option::id).toList(),
                seed,
                decisionId + ":" + match.ranked().hashCode());
        var byId = new HashMap<String, Option>();
        offered.forEach(o -> byId.put(o.id(), o));
        var options = new ArrayList<Option>();
        for (String id : ids) {
            var option = byId.get(id);
            if (option != null) {
                options.add(option);
            }
        }
        return options;
    }

    /**
     * How well the bundled model tells this decision's options apart: every example phrasing held out
     * in turn and matched against the rest.
     */
    @ForTrainers
    public DecisionQuality quality(Decision decision) {
        try {
            return quality(bundled, decision, settings.bundled());
        } catch (RuntimeException | LinkageError e) {
            throw new OwnWordsUnavailableException("own-words matching failed: " + e, e);
        }
    }

    /** A test reply typed into the editor: where it would go, in English. */
    @ForTrainers
    public ReplyMatch tryReply(Decision decision, String reply) {
        return match(decision.options(), reply, ReplyMatcher.english());
    }

    /**
     * Replies grouped by what they say, largest group first: what trainees say that no option covers.
     * Greedy, in order: each reply joins the first group whose first reply is close enough.
     */
    @ForTrainers
    public List<ReplyGroup> group(List<String> replies) {
        try {
            var firsts = new ArrayList<float[]>();
            var groups = new ArrayList<List<String>>();
            for (String reply : replies) {
                var vector = bundled.embed(reply);
                int joined = -1;
                for (int i = 0; i < firsts.size() && joined < 0; i++) {
                    if (Embedder.cosine(vector, firsts.get(i)) >= SAME_THING) {
                        joined = i;
                    }
                }
                if (joined < 0) {
                    firsts.add(vector);
                    groups.add(new ArrayList<>(List.of(reply)));
                } else {
                    groups.get(joined).add(reply);
                }
            }
            return groups.stream()
                    .sorted(Comparator.comparingInt((List<String> g) -> g.size())
                            .reversed())
                    .map(ReplyGroup::new)
                    .toList();
        } catch (RuntimeException | LinkageError e) {
            throw new OwnWordsUnavailableException("own-words grouping failed: " + e, e);
        }
    }

    static DecisionQuality quality(ReplyMatcher matcher, Decision decision, MatchRules.Thresholds thresholds) {
        var english = ReplyMatcher.english();
        var references = new LinkedHashMap<String, List<String>>();
        decision.options().forEach(o -> references.put(o.id(), ReplyMatcher.references(o, english)));
        int examples = 0;
        int correct = 0;
        int abstained = 0;
        var confusions = new LinkedHashMap<String, Integer>();
        for (Option option : decision.options()) {
            for (String example : option.examples()) {
                examples++;
                var vector = matcher.embed(example);
                var similarities = new LinkedHashMap<String, Double>();
                for (var entry : references.entrySet()) {
                    var others = entry.getValue().stream()
                            .filter(r -> !(entry.getKey().equals(option.id()) && r.equals(example)))
                            .toList();
                    similarities.put(entry.getKey(), matcher.similarity(vector, others));
                }
                var match = MatchRules.decide(similarities, thresholds);
                if (!match.matched()) {
                    abstained++;
                } else if (option.id().equals(match.optionId())) {
                    correct++;
                } else {
                    confusions.merge(option.id() + "\n" + match.optionId(), 1, Integer::sum);
                }
            }
        }
        var list = confusions.entrySet().stream()
                .map(e -> {
                    var pair = e.getKey().split("\n", 2);
                    return new DecisionQuality.Confusion(pair[0], pair[1], e.getValue());
                })
                .sorted(Comparator.comparingInt(DecisionQuality.Confusion::count)
                        .reversed())
                .toList();
        return new DecisionQuality(decision.id(), examples, correct, abstained, list);
    }

    private ReplyMatcher matcher(Locale locale) {
        if (english(locale)) {
            return bundled;
        }
        if (endpoint == null) {
            throw new IllegalArgumentException("own-words replies are not available in " + locale);
        }
        return endpoint;
    }

    private MatchRules.Thresholds thresholds(Locale locale) {
        return english(locale) ? settings.bundled() : settings.endpoint().thresholds();
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
