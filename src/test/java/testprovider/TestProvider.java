package testprovider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID Connect provider for the company sign-in tests: Spring Authorization Server in its own
 * small Spring context on its own Tomcat, with its own sign-in page, people with groups and department
 * claims, and one registered client (Orienta) that must use PKCE. Not Boot-configured, so it shares
 * nothing with Orienta's context in the same JVM (docs/decisions/0038-test-identity-provider.md).
 *
 * <p>It serves on 127.0.0.1 while the tests reach Orienta on localhost: browsers keep cookies by host,
 * not port, and two sessions called JSESSIONID on one host would overwrite each other.
 *
 * <p>Standalone ({@code scripts/with-oidc-provider}): {@code main} starts it on the given port. Outside
 * {@code org.orienta} on purpose: Orienta's component scan must not find its Spring configuration.
 */
public final class TestProvider implements AutoCloseable {

    public static final String CLIENT_ID = "orienta";
    public static final String CLIENT_SECRET = "orienta-test-secret";
    public static final String PASSWORD = "provider-passphrase";
    /** The system property with the port the shared provider serves on (set by TestProviderPort). */
    public static final String PORT_PROPERTY = "orienta.test-provider.port";

    /** A person at the provider; the claims Orienta reads. A null e-mail leaves the claim out. */
    public record Person(
            String username,
            String name,
            @Nullable String email,
            List<String> groups,
            @Nullable String department,
            @Nullable String jobRole,
            @Nullable String manager) {

        public Person {
            groups = List.copyOf(groups);
        }

        public Person withGroups(String... newGroups) {
            return new Person(username, name, email, List.of(newGroups), department, jobRole, manager);
        }
    }

    private static @Nullable TestProvider shared;

    private final Tomcat tomcat;
    private final AnnotationConfigWebApplicationContext context;
    private final String issuer;
    private final RSAKey key;
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Set<String> orientas = new CopyOnWriteArraySet<>();
    /** Misbehaviour on request, for the tests of what Orienta refuses: claim name to forced value. */
    private final Map<String, Object> forced = new ConcurrentHashMap<>();

    /** The one provider of this JVM, on the port Orienta's test settings name; started when first needed. */
    public static synchronized TestProvider shared() {
        if (shared == null) {
            var port = Integer.getInteger(PORT_PROPERTY);
            if (port == null) {
                throw new IllegalStateException(
                        PORT_PROPERTY + " is not set: TestProviderPort runs before any test context");
            }
            shared = start(port);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static TestProvider start(int port) {
        try {
            return new TestProvider(port);
        } catch (Exception e) {
            throw new IllegalStateException("The test identity provider did not start on port " + port, e);
        }
    }

    private TestProvider(int port) throws Exception {
        this.issuer = "http://127.0.0.1:" + port;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        add(new Person("pat.provider", "Pat Provider", "pat@provider.example", List.of(), "Retail", null, null));
        context = new AnnotationConfigWebApplicationContext();
        context.addBeanFactoryPostProcessor(factory -> factory.registerSingleton("testProvider", this));
        context.register(Config.class);
        context.refresh();
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("orienta-test-provider").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        var web = tomcat.addContext("", null);
        web.setSessionCookieName("PROVIDERSESSION");
        var filter = new FilterDef();
        filter.setFilterName("springSecurityFilterChain");
        filter.setFilter(new DelegatingFilterProxy("springSecurityFilterChain", context));
        web.addFilterDef(filter);
        var mapping = new FilterMap();
        mapping.setFilterName("springSecurityFilterChain");
        mapping.addURLPattern("/*");
        web.addFilterMap(mapping);
        Tomcat.addServlet(web, "nothing", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        web.addServletMappingDecoded("/", "nothing");
        tomcat.start();
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9000;
        var provider = start(port);
        var orienta = args.length > 1 ? args[1] : "http://localhost:8080";
        provider.allow(orienta);
        provider.add(new Person("trainee", "Tara Trainee", "tara@provider.example", List.of(), "Retail", null, null));
        provider.add(new Person(
                "coach", "Colin Coach", "colin@provider.example", List.of("orienta-trainers"), "Retail", null, null));
        System.out.println("OpenID Connect test provider: issuer " + provider.issuer() + ", client " + CLIENT_ID
                + " / " + CLIENT_SECRET + ", people trainee and coach with password " + PASSWORD
                + ", redirects to " + orienta);
        Thread.currentThread().join();
    }

    public String issuer() {
        return issuer;
    }

    /** Lets an Orienta at this address (e.g. http://localhost:8080) sign in and come back after signing out. */
    public TestProvider allow(String orientaBaseUrl) {
        orientas.add(orientaBaseUrl.replaceAll("/$", ""));
        return this;
    }

    public TestProvider add(Person person) {
        people.put(person.username(), person);
        return this;
    }

    public Person person(String username) {
        return people.get(username);
    }

    /** From now on every ID token carries this value for the claim (a wrong issuer, audience or nonce). */
    public void force(String claim, Object value) {
        forced.put(claim, value);
    }

    public void behave() {
        forced.clear();
    }

    /**
     * A back-channel logout token for the person, signed with the provider's key as the provider would
     * send it (Spring Authorization Server does not send them itself).
     */
    public String logoutToken(String subject) {
        return logoutToken(subject, key);
    }

    /** The same, signed with a key that is not the provider's (an attacker's). */
    public String forgedLogoutToken(String subject) {
        try {
            return logoutToken(
                    subject, new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String logoutToken(String subject, RSAKey signer) {
        try {
            var claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .audience(CLIENT_ID)
                    .subject(subject)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(2))))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                    .build();
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signer.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (Exception e) {
            // Stopping at the end of the JVM: nothing to report to.
        }
        context.close();
    }

    private RegisteredClient client() {
        var client = RegisteredClient.withId("orienta")
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build());
        // MockMvc's requests come from http://localhost.
        var bases = new ArrayList<>(orientas);
        bases.add("http://localhost");
        for (var base : bases) {
            client.redirectUri(base + "/login/oauth2/code/company");
            client.postLogoutRedirectUri(base + "/login");
        }
        return client.build();
    }

    /** The provider's Spring configuration: protocol endpoints first, then its own form sign-in. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Config {

        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            var endpoints = new org.springframework.security.web.util.matcher.RequestMatcher[1];
            http.oauth2AuthorizationServer(server -> {
                endpoints[0] = server.getEndpointsMatcher();
                server.oidc(Customizer.withDefaults());
            });
            http.securityMatcher(request -> endpoints[0].matches(request))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(resources -> resources.jwt(Customizer.withDefaults()))
                    .csrf(csrf -> csrf.ignoringRequestMatchers(request -> endpoints[0].matches(request)))
                    .exceptionHandling(exceptions ->
                            exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users(TestProvider provider) {
            return username -> {
                var person = provider.people.get(username);
                if (person == null) {
                    throw new UsernameNotFoundException(username);
                }
                UserDetails user = User.withUsername(person.username())
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build();
                return user;
            };
        }

        @Bean
        RegisteredClientRepository clients(TestProvider provider) {
            // Asked afresh each time: the tests add Orienta's address once they know its port.
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // The server re-saves a client to upgrade its secret's encoding; the test client stays as it is.
                }

                @Override
                public @Nullable RegisteredClient findById(String id) {
                    return id.equals("orienta") ? provider.client() : null;
                }

                @Override
                public @Nullable RegisteredClient findByClientId(String clientId) {
                    return clientId.equals(CLIENT_ID) ? provider.client() : null;
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys(TestProvider provider) {
            return new ImmutableJWKSet<>(new JWKSet(provider.key));
        }

        /** For the userinfo endpoint, which takes the access token the provider issued. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(TestProvider provider) throws Exception {
            return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withPublicKey(provider.key.toRSAPublicKey())
                    .build();
        }

        @Bean
        AuthorizationServerSettings settings(TestProvider provider) {
            return AuthorizationServerSettings.builder().issuer(provider.issuer).build();
        }

        /** The claims of the person in the ID token, as a company's provider sends them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(TestProvider provider) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                var person = provider.people.get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                var claims = context.getClaims();
                claims.claim("preferred_username", person.username());
                claims.claim("name", person.name());
                if (person.email() != null) {
                    claims.claim("email", person.email());
                }
                claims.claim("groups", person.groups());
                if (person.department() != null) {
                    claims.claim("department", person.department());
                }
                if (person.jobRole() != null) {
                    claims.claim("job_role", person.jobRole());
                }
                if (person.manager() != null) {
                    claims.claim("manager", person.manager());
                }
                provider.forced.forEach(claims::claim);
            };
        }
    }
}
