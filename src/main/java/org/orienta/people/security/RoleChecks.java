package org.orienta.people.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.menu.AvailableViewInfo;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringMenuAccessControl;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The role checks of Vaadin's access control without a class-path scan per check. Vaadin's Spring
 * integration asks its service lookup for the role-prefix holder at every navigation and for every menu
 * entry; that lookup is not cached for this type, so each check runs a {@code ServiceLoader} scan over
 * the jar's nested jars under the class loader's lock (79 request threads blocked on it in a thread dump
 * of the load benchmark, docs/performance.md). The holder is a singleton bean: these checks keep it.
 * Everything else (which checkers run, the login view, what is denied) is Vaadin's own.
 */
@Configuration(proxyBeanMethods = false)
class RoleChecks {

    /**
     * Vaadin's navigation access control is built by its auto-configuration without a way to replace
     * it (no {@code @ConditionalOnMissingBean}); this swaps the instance for the same control built by
     * the same configurer, before anything is given it.
     */
    @Bean
    static BeanPostProcessor navigationAccessControlWithKnownRolePrefix(
            ObjectProvider<NavigationAccessControlConfigurer> configurer,
            ObjectProvider<NavigationAccessChecker> checkers,
            ObjectProvider<VaadinRolePrefixHolder> prefix) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean.getClass() != SpringNavigationAccessControl.class) {
                    return bean;
                }
                var holder = prefix.getObject();
                return configurer
                        .getObject()
                        .build(
                                (list, resolver) -> new NavigationControl(list, resolver, holder),
                                checkers.orderedStream().toList());
            }
        };
    }

    /** Found by Vaadin's Spring instantiator as the one bean of its type, used for the menu. */
    @Bean
    MenuAccessControl menuAccessControl(VaadinRolePrefixHolder prefix) {
        return new MenuControl(prefix);
    }

    /**
     * Roles as Spring Security's request wrapper sees them, the prefix read once. A request that is no
     * plain HTTP request (none at all, or a push over a web socket) goes Vaadin's own way.
     */
    static @Nullable Predicate<String> roles(@Nullable VaadinRequest request, VaadinRolePrefixHolder prefix) {
        if (request == null || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return null;
        }
        if (!prefix.isSet()) {
            prefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }

    static final class NavigationControl extends SpringNavigationAccessControl {

        private final VaadinRolePrefixHolder prefix;

        NavigationControl(
                Collection<NavigationAccessChecker> checkers,
                AccessCheckDecisionResolver resolver,
                VaadinRolePrefixHolder prefix) {
            super(checkers, resolver);
            this.prefix = prefix;
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            var roles = roles(request, prefix);
            return roles != null ? roles : super.getRolesChecker(request);
        }
    }

    static final class MenuControl extends DefaultMenuAccessControl {

        private final VaadinRolePrefixHolder prefix;
        private final SpringMenuAccessControl vaadins = new SpringMenuAccessControl();

        MenuControl(VaadinRolePrefixHolder prefix) {
            this.prefix = prefix;
        }

        @Override
        public boolean canAccessView(AvailableViewInfo view) {
            var request = VaadinRequest.getCurrent();
            var roles = roles(request, prefix);
            if (roles == null) {
                return vaadins.canAccessView(view);
            }
            return MenuAccessControl.canAccessView(view, request.getUserPrincipal(), roles);
        }

        @Override
        public void setPopulateClientSideMenu(PopulateClientMenu populate) {
            super.setPopulateClientSideMenu(populate);
            vaadins.setPopulateClientSideMenu(populate);
        }
    }
}
