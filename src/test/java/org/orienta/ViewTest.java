package org.orienta;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of the browserless view tests: the whole application with an in-memory database, views run
 * without a browser, and each test's changes are rolled back. Pick the signed-in person with
 * {@code @WithUserDetails}.
 */
@SpringBootTest
@Tag("database")
@ActiveProfiles("test")
@Transactional
@ViewPackages(packages = "org.orienta")
public abstract class ViewTest extends SpringBrowserlessTest {}
