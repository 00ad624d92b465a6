package org.orienta.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trainees speaking Vaadin's UIDL protocol, as a browser would after loading the client once: sign in
 * through the form (CSRF token from the page), open My training, play two role-plays of five decisions
 * each (ten steps) and a five-question quiz of the "Listening and language" module, then sign out.
 * Components are found by the ids the views give them, read from each response's changes.
 *
 * <p>Mode {@code journey} (default) is the P2 load; mode {@code hold} signs in, plays three steps of a
 * role-play and keeps the session open for {@code load.hold} seconds, for measuring session memory (P1).
 * Settings are system properties: see {@link #setting}. Prints the UIDL round-trip percentiles at the end,
 * next to Gatling's own summary of every request.
 */
public class TraineeSimulation extends Simulation {

    /** Must match BenchmarkTrainees in the application. */
    private static final String PASSWORD = "orienta-load-benchmark";

    private static final String MODULE = "listening-and-language";
    private static final List<String> ROLE_PLAYS = List.of("rp-10", "rp-03");
    private static final String QUIZ = "quiz-listening-language";

    private static final String BASE_URL = setting("load.baseUrl", "http://localhost:8097");
    private static final String MODE = setting("load.mode", "journey");
    private static final int USERS = Integer.parseInt(setting("load.users", "20"));
    private static final int RAMP_SECONDS = Integer.parseInt(setting("load.ramp", "60"));
    private static final int FIRST_TRAINEE = Integer.parseInt(setting("load.firstTrainee", "1"));
    private static final int TRAINEES = Integer.parseInt(setting("load.trainees", Integer.toString(USERS)));
    private static final int THINK_MIN = Integer.parseInt(setting("load.thinkMin", "5"));
    private static final int THINK_MAX = Integer.parseInt(setting("load.thinkMax", "15"));
    private static final int HOLD_SECONDS = Integer.parseInt(setting("load.hold", "600"));
    private static final int REPEAT = Integer.parseInt(setting("load.repeat", "1"));
    /** The soak's length: trainees keep replaying the module until then (0: until each finished REPEAT). */
    private static final int DURATION_SECONDS = Integer.parseInt(setting("load.duration", "0"));

    /** UIDL round trips by action, in milliseconds; a few tens of thousands of values at most. */
    private static final Map<String, ConcurrentLinkedQueue<Integer>> TIMES = new ConcurrentHashMap<>();

    /** UIDL response bodies by action, in uncompressed bytes (what the server renders and the client parses). */
    private static final Map<String, ConcurrentLinkedQueue<Integer>> SIZES = new ConcurrentHashMap<>();

    private static final AtomicInteger HOLDING = new AtomicInteger();

    private static final String ID_CHANGE =
            "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"";
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":24,\"event.clientY\":15,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":151,\"event.screenX\":24}";

    private static String setting(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (Orienta load benchmark; Gatling)");

    {
        var trainee = scenario("Trainee " + MODE).exec(feed(trainees()), signIn(), openMyTraining());
        if (MODE.equals("hold")) {
            trainee = trainee.exec(
                    openModule(),
                    startItem(ROLE_PLAYS.get(0)),
                    repeat(3).on(choose()),
                    exec(session -> {
                        int open = HOLDING.incrementAndGet();
                        if (open == USERS) {
                            // scripts/load-benchmark waits for this line before it measures the heap.
                            System.out.println("ALL " + USERS + " SESSIONS OPEN");
                        }
                        return session;
                    }),
                    pause(Duration.ofSeconds(HOLD_SECONDS)));
        } else {
            // Repeating the module (a new attempt each time) keeps every trainee on line longer than the ramp.
            trainee = trainee.exec(
                    repeat(REPEAT).on(rolePlay(ROLE_PLAYS.get(0)), rolePlay(ROLE_PLAYS.get(1)), quiz()), signOut());
        }
        var setUp = setUp(trainee.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().lte(0L));
        if (DURATION_SECONDS > 0) {
            setUp.maxDuration(Duration.ofSeconds(DURATION_SECONDS));
        }
    }

    @Override
    public void after() {
        var all = new ArrayList<Integer>();
        TIMES.values().forEach(all::addAll);
        System.out.println();
        System.out.println("UIDL round trips (ms)          count     p50     p95     p99     max");
        System.out.println(line("all UIDL requests", all));
        TIMES.keySet().stream()
                .sorted()
                .forEach(name -> System.out.println(line(name, new ArrayList<>(TIMES.get(name)))));
        System.out.println();
        var bytes = new ArrayList<Integer>();
        SIZES.values().forEach(bytes::addAll);
        System.out.println("UIDL response sizes (bytes)    count     p50     p95     p99     max");
        System.out.println(line("all UIDL responses", bytes));
        SIZES.keySet().stream()
                .sorted()
                .forEach(name -> System.out.println(line(name, new ArrayList<>(SIZES.get(name)))));
        System.out.println();
    }

    private static String line(String name, List<Integer> times) {
        times.sort(null);
        return String.format(
                "%-28s %7d %7d %7d %7d %7d",
                name,
                times.size(),
                percentile(times, 50),
                percentile(times, 95),
                percentile(times, 99),
                times.isEmpty() ? 0 : times.get(times.size() - 1));
    }

    private static int percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Iterator<Map<String, Object>> trainees() {
        var next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                // More users than trainees reuse accounts: each user still gets a session of its own.
                int number = FIRST_TRAINEE + Math.floorMod(next.getAndIncrement(), TRAINEES);
                return Map.of("username", String.format("load-%05d", number));
            }
        };
    }

    private static ChainBuilder signIn() {
        return exec(http("Sign-in page")
                        .get("/login")
                        .check(
                                status().is(200),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http("Sign in")
                        .post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").not(BASE_URL + "/login?error")))
                .exitHereIfFailed()
                // The page the browser loads after signing in (its scripts come from the cache), then
                // Vaadin's bootstrap request that creates the UI.
                .exec(http("Page")
                        .get("/my-training")
                        .check(
                                status().is(200),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("Init")
                        .get("/?v-r=init&location=my-training&query=")
                        .check(
                                status().is(200),
                                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("securityKey"),
                                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                                regex("\"clientId\":(\\d+)").saveAs("clientId")))
                .exitHereIfFailed();
    }

    private static ChainBuilder openMyTraining() {
        return uidl(
                "open My training",
                session -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"my-training\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}",
                "open-" + MODULE);
    }

    private static ChainBuilder openModule() {
        return exec(heartbeat())
                .exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(4)))
                .exec(click("open module", "open-" + MODULE, "item-" + QUIZ));
    }

    /**
     * Vaadin's heartbeat, which a browser sends every five minutes: without it the server closes a UI after
     * three missed beats (15 minutes) however many UIDL requests it answered, and a soak's trainees, on
     * line for longer, met "session expired".
     */
    private static ChainBuilder heartbeat() {
        return doIf(session -> System.currentTimeMillis() - (session.contains("beat") ? session.getLong("beat") : 0L)
                        > Duration.ofMinutes(4).toMillis())
                .then(exec(http("Heartbeat")
                                .post("/?v-r=heartbeat&v-uiId=#{uiId}")
                                .check(status().is(200)))
                        .exec(session -> session.set("beat", System.currentTimeMillis())));
    }

    /** Opens an item of the module; a new attempt goes through the start dialog, an unfinished one does not. */
    private static ChainBuilder startItem(String item) {
        return exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .exec(click("open item", "item-" + item, null))
                .doIf(session -> last(session).contains("start-go"))
                .then(exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                        .exec(click("start attempt", "start-go", "attempt-view")));
    }

    private static ChainBuilder rolePlay(String item) {
        return exec(openModule(), startItem(item))
                .asLongAs(session -> last(session).stream().anyMatch(id -> id.startsWith("option-")))
                .on(choose())
                .exec(session -> last(session).contains("outcome") ? session : session.markAsFailed())
                .exitHereIfFailed()
                .pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                .exec(click("back to My training", "back-to-training", "my-training"));
    }

    private static ChainBuilder choose() {
        return exec(pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)))
                .exec(session -> {
                    var options = last(session).stream()
                            .filter(id -> id.startsWith("option-"))
                            .toList();
                    return session.set(
                            "option", options.get(ThreadLocalRandom.current().nextInt(options.size())));
                })
                .exec(uidl(
                        "choose (role-play step)",
                        session -> click(node(session, session.getString("option"))),
                        "(option-[^\"]+|outcome)"));
    }

    private static ChainBuilder quiz() {
        return exec(openModule(), startItem(QUIZ))
                // Ten rounds is twice what the quiz needs: a loop that never ends would hide a broken quiz.
                .asLongAs(session -> !last(session).contains("quiz-result") && session.getInt("round") < 10, "round")
                .on(exec(pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)))
                        .doIf(session -> select(session) != null)
                        .then(exec(uidl("select answer", TraineeSimulation::select, null))
                                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                        // Practice shows feedback (Next); an assessed run holds it (ADR 0021) and goes straight
                        // on to the next question's input or to the result.
                        .exec(click("answer (quiz step)", "quiz-answer", "(quiz-next|quiz-result|quiz-question)"))
                        .doIf(session -> last(session).contains("quiz-next"))
                        .then(exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)))
                                .exec(click("next question", "quiz-next", null))))
                .exec(session -> last(session).contains("quiz-result") ? session : session.markAsFailed())
                .exitHereIfFailed()
                .pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                .exec(click("back to My training", "back-to-training", "my-training"));
    }

    /** The value change for the question on screen; ordering questions are answered in the order shown. */
    private static String select(Session session) {
        var shown = last(session);
        for (var kind : List.of("quiz-single", "quiz-true-false")) {
            if (shown.contains(kind)) {
                return sync(
                        node(session, kind),
                        "\"" + (1 + ThreadLocalRandom.current().nextInt(2)) + "\"");
            }
        }
        if (shown.contains("quiz-multiple")) {
            return sync(node(session, "quiz-multiple"), "[\"1\",\"2\"]");
        }
        return null;
    }

    private static ChainBuilder signOut() {
        return exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .exec(http("Sign out")
                        .post("/logout")
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302)));
    }

    private static String sync(int node, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":" + value
                + "}";
    }

    private static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
    }

    private static ChainBuilder click(String name, String id, String expect) {
        return uidl(name, session -> click(node(session, id)), expect);
    }

    /**
     * One UIDL request: the RPC with the security key and the sync and client ids the server expects,
     * checked like Vaadin's client checks it, and with the ids of the components it attached remembered.
     *
     * @param expect a regex of a component id the response must attach, or null
     */
    private static ChainBuilder uidl(String name, java.util.function.Function<Session, String> rpc, String expect) {
        var times = TIMES.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>());
        var sizes = SIZES.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>());
        var request = http(name)
                .post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("securityKey") + "\",\"rpc\":["
                        + rpc.apply(session) + "],\"syncId\":" + session.getString("syncId") + ",\"clientId\":"
                        + session.getString("clientId") + "}"))
                .check(
                        responseTimeInMillis().transform(millis -> {
                            times.add(millis);
                            return millis;
                        }),
                        bodyLength().transform(length -> {
                            sizes.add(length);
                            return length;
                        }),
                        status().is(200),
                        substring("\"appError\"").notExists(),
                        substring("sessionExpired").notExists(),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"),
                        regex(ID_CHANGE).captureGroups(2).findAll().optional().saveAs("ids"));
        if (expect != null) {
            request = request.check(regex("\"key\":\"id\",\"feat\":3,\"value\":\"" + expect + "\"")
                    .exists());
        }
        return exec(request).exitHereIfFailed().exec(TraineeSimulation::absorb);
    }

    /** Remembers the node of every id the last response attached, and which ids those were. */
    private static Session absorb(Session session) {
        Map<String, Integer> nodes =
                session.contains("nodes") ? new HashMap<>(session.<Integer>getMap("nodes")) : new HashMap<>();
        Set<String> last = new HashSet<>();
        if (session.contains("ids")) {
            for (List<String> pair : session.<List<String>>getList("ids")) {
                nodes.put(pair.get(1), Integer.parseInt(pair.get(0)));
                last.add(pair.get(1));
            }
        }
        return session.remove("ids").set("nodes", nodes).set("last", last);
    }

    private static Set<String> last(Session session) {
        return session.contains("last") ? session.get("last") : Set.of();
    }

    private static int node(Session session, String id) {
        Integer node = session.<Integer>getMap("nodes").get(id);
        if (node == null) {
            throw new IllegalStateException("no component with id " + id + " on screen");
        }
        return node;
    }
}
