package org.orienta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service or view test on the whole application with an in-memory database; each test's changes are
 * rolled back, so tests cannot see each other's data.
 *
 * <p>All tests share one Spring context on purpose: no {@code @MockitoBean} or {@code @MockitoSpyBean}.
 * A second context in the same JVM rebinds Vaadin's and Spring Security's global holders, and the
 * tests that run after it in the first context then fail in confusing ways.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Tag("database")
@ActiveProfiles("test")
@Transactional
public @interface IntegrationTest {}
