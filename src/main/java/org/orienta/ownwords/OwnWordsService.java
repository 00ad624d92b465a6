package org.orienta.ownwords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OwnWordsService.class);

    /** Replies at least this similar to a group's first reply join the group. */
    static final double SAME_THING = 0.62;

    private final OwnWordsSettings settings;
    private final ReplyMatcher bundled;
    private final @Nullable ReplyMatcher endpoint;
    private final AnswerVectors bundledAnswers;
    private final @Nullable AnswerVectors endpointAnswers;

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
        this.bundledAnswers = new AnswerVectors(this.bundled::embed);
        var remote = this.endpoint;
        this.endpointAnswers = remote == null ? null : new AnswerVectors(remote::embed);
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

    /**
     * Review assistance (docs/decisions/0045): a level to suggest for each rubric criterion of a
     * free-text answer, from its closeness to the model answer and to answers trainers have reviewed.
     * Nothing is embedded for a criterion without enough to go by; an answer in a language no available
     * model covers gets no suggestion, by the same rule as own-words replies (English with the bundled
     * model, other languages only with an embeddings endpoint).
     *
     * @param answer the answer's text per item
     * @param criteria the rubric's criteria, in order
     * @param rated the model answer, if any, and reviewed answers, newest first
     * @param minimumReviewed how many reviewed answers at levels are enough without a model answer
     * @return a suggestion, or the reason for none, per criterion in the order given
     */
    @ForTrainers
    public Map<String, LevelSuggestion> suggestLevels(
            Map<String, String> answer, List<String> criteria, List<RatedAnswer> rated, int minimumReviewed) {
        var result = new LinkedHashMap<String, LevelSuggestion>();
        var withBasis = new ArrayList<String>();
        for (String criterion : criteria) {
            var basis = new ArrayList<LevelRules.Neighbour>();
            for (RatedAnswer r : rated) {
                var level = r.levels().get(criterion);
                if (level != null) {
                    basis.add(new LevelRules.Neighbour(0, level, r.model()));
                }
            }
            if (LevelRules.enough(basis, minimumReviewed)) {
                withBasis.add(criterion);
            } else {
                result.put(criterion, LevelSuggestion.none(LevelSuggestion.Basis.TOO_LITTLE_BASIS));
            }
        }
        if (withBasis.isEmpty()) {
            return result;
        }
        var language = LanguageGuess.of(String.join("\n", answer.values()));
        var vectors = answerVectors(language);
        if (vectors == null) {
            var none = new LevelSuggestion(LevelSuggestion.Basis.LANGUAGE_NOT_COVERED, 0, 0, 0, false, language);
            withBasis.forEach(c -> result.put(c, none));
            return ordered(criteria, result);
        }
        try {
            var mine = vectors.of(answer);
            var similarities = new ArrayList<Double>();
            for (RatedAnswer other : rated) {
                similarities.add(
                        LevelRules.similarity(mine, vectors.of(other.texts())).orElse(Double.NaN));
            }
            for (String criterion : withBasis) {
                var neighbours = new ArrayList<LevelRules.Neighbour>();
                for (int i = 0; i < rated.size(); i++) {
                    var level = rated.get(i).levels().get(criterion);
                    if (level != null && !similarities.get(i).isNaN()) {
                        neighbours.add(new LevelRules.Neighbour(
                                similarities.get(i), level, rated.get(i).model()));
                    }
                }
                result.put(criterion, LevelRules.suggest(neighbours, minimumReviewed));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Review suggestions could not be computed: {}", e.toString());
            withBasis.forEach(c -> result.put(c, LevelSuggestion.none(LevelSuggestion.Basis.UNAVAILABLE)));
        }
        return ordered(criteria, result);
    }

    /** The embedder for an answer in this language, or null when none covers it. */
    private @Nullable AnswerVectors answerVectors(@Nullable Locale language) {
        if (language == null) {
            // Another script than the six languages': only a multilingual endpoint can tell.
            return endpointAnswers;
        }
        if (english(language)) {
            return bundledAnswers;
        }
        return endpointAnswers;
    }

    private static Map<String, LevelSuggestion> ordered(List<String> criteria, Map<String, LevelSuggestion> found) {
        var ordered = new LinkedHashMap<String, LevelSuggestion>();
        for (String criterion : criteria) {
            var suggestion = found.get(criterion);
            if (suggestion != null) {
                ordered.put(criterion, suggestion);
            }
        }
        return ordered;
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
