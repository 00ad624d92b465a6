package org.orienta;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts back the security-context holder of the test's own application context before each test.
 *
 * <p>Vaadin registers its own holder strategy (a thread-local per instance) and installs it as Spring
 * Security's global one when a context starts. A test class with other settings starts a second context
 * and so replaces the global holder; tests of the first context afterwards set their authentication
 * (SystemAuthentication, SignedIn) in the second one's holder while the first one's method security
 * reads its own, and find no one signed in. Which tests that hit depended on the order the build ran
 * them in.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // Before Spring Security's own test listeners, which set @WithUserDetails users in the holder.
        return 0;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
