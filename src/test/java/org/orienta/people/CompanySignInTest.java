package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orienta.Committed;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;
import testprovider.TestProvider;

/**
 * Company sign-in against a real OpenID Connect provider (Spring Authorization Server, {@link TestProvider}):
 * Orienta's side through MockMvc, the browser's side at the provider (its sign-in page, its redirects)
 * through an HTTP client, the code exchanged and the ID token checked by Orienta over real HTTP.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CompanySignInTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    PersonRepository persons;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    ProviderAccounts accounts;

    TestProvider provider;
    MockMvc mvc;
    String username;

    @BeforeEach
    void provider() {
        provider = TestProvider.shared();
        provider.behave();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        // Each test its own person at the provider: the provider outlives the rolled-back tests.
        username = "p" + UUID.randomUUID().toString().substring(0, 8);
        provider.add(new TestProvider.Person(
                username, "Petra Provider", username + "@bank.example", List.of(), "Retail", null, null));
    }

    @AfterEach
    void behave() {
        provider.behave();
    }

    /** Where one sign-in through the provider ends, and the session it leaves. */
    record Outcome(String location, MockHttpSession session) {

        boolean signedIn() {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext context
                    && context.getAuthentication() != null;
        }

        OidcUser principal() {
            var context = (SecurityContext)
                    session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return (OidcUser) context.getAuthentication().getPrincipal();
        }
    }

    /** The whole sign-in: Orienta sends the browser to the provider, the person signs in there, and back. */
    private Outcome signIn(String who) throws Exception {
        var session = new MockHttpSession();
        var authorize = start(session);
        var callback = atProvider(authorize, who);
        return back(callback, session);
    }

    private String start(MockHttpSession session) throws Exception {
        var start = mvc.perform(get("/oauth2/authorization/company").session(session))
                .andReturn();
        assertThat(start.getResponse().getStatus()).isEqualTo(302);
        return start.getResponse().getRedirectedUrl();
    }

    private Outcome back(String callback, MockHttpSession session) throws Exception {
        var result = mvc.perform(get(URI.create(callback)).session(session)).andReturn();
        var ended = (MockHttpSession) result.getRequest().getSession(false);
        return new Outcome(String.valueOf(result.getResponse().getRedirectedUrl()), ended == null ? session : ended);
    }

    /** Plays the browser at the provider: its sign-in page, the form, the redirect back with the code. */
    private String atProvider(String authorize, String who) throws IOException, InterruptedException {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var location = authorize;
        for (int hop = 0; hop < 10; hop++) {
            var response = browser.send(
                    HttpRequest.newBuilder(URI.create(location))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("name=\"password\"")) {
                var csrf =
                        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(response.body());
                assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
                var form = "username=" + enc(who) + "&password=" + enc(TestProvider.PASSWORD) + "&_csrf="
                        + enc(csrf.group(1));
                response = browser.send(
                        HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            var answered = response;
            var next = response.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new AssertionError(
                            "the provider stopped at " + answered.statusCode() + ": " + answered.body()));
            location = URI.create(location).resolve(next).toString();
            if (location.startsWith("http://localhost/")) {
                return location;
            }
        }
        throw new AssertionError("the provider never sent the browser back");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Person person() {
        return persons.findByUsername(username).orElseThrow();
    }

    @Test
    void orienta_sends_the_browser_to_the_provider_with_state_nonce_and_a_pkce_challenge() throws Exception {
        var authorize = UriComponentsBuilder.fromUriString(start(new MockHttpSession()))
                .build()
                .getQueryParams();

        assertThat(authorize.getFirst("response_type")).isEqualTo("code");
        assertThat(authorize.getFirst("state")).hasSizeGreaterThan(20);
        assertThat(authorize.getFirst("nonce")).hasSizeGreaterThan(20);
        assertThat(authorize.getFirst("code_challenge")).hasSizeGreaterThan(40);
        assertThat(authorize.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize).doesNotContainKey("client_secret");
    }

    @Test
    void the_first_sign_in_creates_the_person_from_the_claims_in_the_department_the_claim_names() throws Exception {
        var outcome = signIn(username);

        assertThat(outcome.location()).isEqualTo("/");
        assertThat(outcome.signedIn()).isTrue();
        var person = person();
        assertThat(person.displayName()).isEqualTo("Petra Provider");
        assertThat(person.email()).isEqualTo(username + "@bank.example");
        assertThat(person.roles()).containsExactly(Role.TRAINEE);
        assertThat(person.department().name()).isEqualTo("Retail");
        assertThat(person.mustChangePassword()).isFalse();
        assertThat(outcome.principal().getName()).isEqualTo(username);
    }

    @Test
    void job_role_manager_and_department_come_from_their_claims_whatever_the_case() throws Exception {
        provider.add(new TestProvider.Person(
                username,
                "Petra Provider",
                username + "@bank.example",
                List.of(),
                "RETAIL",
                "sales ASSOCIATE",
                TestUsers.TRAINER));

        signIn(username);

        var person = person();
        assertThat(person.department().name()).isEqualTo("Retail");
        assertThat(person.jobRole().name()).isEqualTo("Sales associate");
        assertThat(person.manager().username()).isEqualTo(TestUsers.TRAINER);
    }

    @Test
    void signing_in_again_finds_the_same_person_and_an_existing_person_is_matched_by_email() throws Exception {
        SignedIn.as(users, TestUsers.ADMIN);
        var retail = people.departments().stream()
                .filter(d -> d.name().equals("Retail"))
                .findFirst()
                .orElseThrow()
                .id();
        var existing = people.create(
                        new PersonDraft(
                                "ola.local",
                                "Ola Local",
                                username + "@bank.example",
                                retail,
                                null,
                                Set.of(Role.TRAINEE)),
                        "a long enough passphrase")
                .id();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        long before = persons.count();

        signIn(username);
        signIn(username);

        assertThat(persons.count()).isEqualTo(before);
        assertThat(persons.findByEmail(username + "@bank.example").orElseThrow().id())
                .isEqualTo(existing);
        assertThat(persons.findByUsername(username)).isEmpty();
    }

    @Test
    void a_person_removed_from_the_trainers_group_loses_the_role_at_the_next_sign_in() throws Exception {
        provider.add(provider.person(username).withGroups("orienta-trainers"));
        signIn(username);
        assertThat(person().roles()).containsExactly(Role.TRAINER);

        provider.add(provider.person(username).withGroups());
        signIn(username);

        assertThat(person().roles()).containsExactly(Role.TRAINEE);
        Committed.asIfCommitted();
        assertThat(trail(AuditAction.PERSON_UPDATED))
                .anySatisfy(
                        detail -> assertThat(detail).contains("roles TRAINER").contains("roles TRAINEE"));
    }

    @Test
    void the_first_sign_in_is_audited_with_what_the_provider_said() throws Exception {
        signIn(username);

        Committed.asIfCommitted();
        assertThat(trail(AuditAction.PERSON_CREATED))
                .anySatisfy(
                        detail -> assertThat(detail).contains("Test Company").contains("department Retail"));
    }

    @Test
    void a_person_disabled_in_orienta_is_refused_with_a_reason_in_words() throws Exception {
        signIn(username);
        person().setEnabled(false);
        persons.flush();

        var outcome = signIn(username);

        assertThat(outcome.location()).isEqualTo("/login?signin-error=disabled");
        assertThat(outcome.signedIn()).isFalse();
    }

    @Test
    void an_id_token_from_another_issuer_is_refused() throws Exception {
        provider.force("iss", "http://127.0.0.1:1/not-the-provider");

        var outcome = signIn(username);

        assertThat(outcome.location()).isEqualTo("/login?signin-error=token");
        assertThat(outcome.signedIn()).isFalse();
        assertThat(persons.findByUsername(username)).isEmpty();
    }

    @Test
    void an_id_token_meant_for_another_application_is_refused() throws Exception {
        provider.force("aud", List.of("another-application"));

        var outcome = signIn(username);

        assertThat(outcome.location()).isEqualTo("/login?signin-error=token");
        assertThat(outcome.signedIn()).isFalse();
    }

    @Test
    void an_id_token_with_another_nonce_is_refused() throws Exception {
        provider.force("nonce", "a-nonce-orienta-never-sent");

        var outcome = signIn(username);

        assertThat(outcome.location()).isEqualTo("/login?signin-error=token");
        assertThat(outcome.signedIn()).isFalse();
    }

    @Test
    void a_code_returned_with_a_state_orienta_did_not_issue_is_refused() throws Exception {
        var session = new MockHttpSession();
        var callback = atProvider(start(session), username);
        var forged = UriComponentsBuilder.fromUriString(callback)
                .replaceQueryParam("state", "forged-state")
                .build()
                .toUriString();

        var outcome = back(forged, session);

        assertThat(outcome.location()).isEqualTo("/login?signin-error=expired");
        assertThat(outcome.signedIn()).isFalse();
    }

    @Test
    void a_token_without_the_email_claim_is_refused_naming_the_claim() throws Exception {
        var person = provider.person(username);
        provider.add(new TestProvider.Person(
                username, person.name(), null, person.groups(), person.department(), null, null));

        var outcome = signIn(username);

        assertThat(outcome.location()).isEqualTo("/login?signin-error=claim&claim=email");
        assertThat(persons.findByUsername(username)).isEmpty();
    }

    @Test
    void tokens_never_appear_in_addresses_or_in_the_log(CapturedOutput output) throws Exception {
        var outcome = signIn(username);

        var idToken = outcome.principal().getIdToken().getTokenValue();
        assertThat(outcome.location()).doesNotContain(idToken).doesNotContain("token");
        assertThat(output.getAll()).doesNotContain(idToken);
        assertThat(outcome.principal().toString()).doesNotContain(idToken);
    }

    @Test
    void the_provider_signing_the_person_out_ends_their_sessions_on_every_node() throws Exception {
        signIn(username);

        var response = mvc.perform(post("/logout/connect/back-channel/company")
                        .param("logout_token", provider.logoutToken(username)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        // The request every node reads (SessionDirectory): the same path as disabling a person.
        assertThat(JdbcClient.create(dataSource)
                        .sql("select count(*) from session_ending where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_logout_token_signed_by_someone_else_ends_nothing() throws Exception {
        signIn(username);
        var response = mvc.perform(post("/logout/connect/back-channel/company")
                        .param("logout_token", provider.forgedLogoutToken(username)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(JdbcClient.create(dataSource)
                        .sql("select count(*) from session_ending where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void erasing_a_person_forgets_their_identity_at_the_provider() throws Exception {
        signIn(username);
        assertThat(accounts.linked(provider.issuer(), username)).containsExactly(person().id());

        SignedIn.as(users, TestUsers.ADMIN);
        people.erase(person().id());

        assertThat(accounts.linked(provider.issuer(), username)).isEmpty();
    }

    @Test
    void a_provider_that_does_not_answer_is_explained_on_the_sign_in_page() throws Exception {
        var result = mvc.perform(get("/oauth2/authorization/offline")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?signin-error=unavailable");
    }

    /** The details of this test person's entries of one action. */
    private List<String> trail(AuditAction action) {
        SignedIn.as(users, TestUsers.ADMIN);
        return audit
                .search(new AuditFilter(
                        Instant.now().minusSeconds(3600), Instant.now().plusSeconds(3600), Set.of(action), "", ""))
                .stream()
                .filter(r -> r.target().contains(username))
                .map(r -> r.detail())
                .toList();
    }
}
