package org.orienta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.orienta.base.PersonPrincipal;
import org.orienta.base.SessionSettings;
import org.springframework.security.core.GrantedAuthority;

/**
 * The application shell. Navigation comes from the {@code @Menu} annotations of the views the
 * signed-in person may open, so a feature adds itself to the menu without touching this class.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String ACCOUNT_ROUTE = "account";

    private final transient AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();
    private final Main main = new Main();
    private @org.jspecify.annotations.Nullable HasElement view;
    private boolean navBuilt;
    private final transient org.springframework.beans.factory.ObjectProvider<MenuEntryFilter> filters;

    MainLayout(
            AuthenticationContext authentication,
            SessionSettings session,
            org.springframework.beans.factory.ObjectProvider<MenuEntryFilter> filters) {
        this.authentication = authentication;
        this.filters = filters;
        setPrimarySection(Section.DRAWER);
        addClassName("orienta-shell");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        viewTitle.addClassName("orienta-view-title");
        var spacer = new Div();
        spacer.addClassName("orienta-spacer");
        addToNavbar(true, skipLink(), toggle, viewTitle, spacer, userMenu());

        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        nav.setId("main-nav");
        var scroller = new Scroller(nav);
        scroller.addClassName("orienta-nav-scroller");
        addToDrawer(brand(), scroller);

        addToNavbar(new IdleWarning(session.idleTimeout(), session.idleWarning(), authentication::logout));

        // Every view sits in one <main> landmark that the skip link focuses (WCAG 2.4.1).
        main.setId(MAIN_ID);
        main.addClassName("orienta-main");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    static final String MAIN_ID = "main-content";

    /**
     * The first stop on every page: it moves focus past the header and the menu. Handled in the browser,
     * because the page's {@code <base href>} would turn a plain "#main-content" link into a navigation home.
     */
    private Component skipLink() {
        var skip = new Anchor("#" + MAIN_ID, getTranslation("shell.skip"));
        skip.setId("skip-link");
        skip.addClassName("orienta-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                        this.addEventListener('click', e => {
                          e.preventDefault();
                          const main = document.getElementById($0);
                          if (main) { main.focus(); }
                        });""", MAIN_ID);
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        view = content;
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
        if (view == oldContent) {
            view = null;
        }
    }

    private Component brand() {
        var logo = new Image("images/orienta-logo.svg", "");
        logo.addClassName("orienta-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("orienta-brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("orienta-brand-tagline");
        var text = new Div(name, tagline);
        text.addClassName("orienta-brand-text");
        var brand = new Anchor("", logo, text);
        brand.addClassName("orienta-brand");
        brand.setId("brand");
        return brand;
    }

    private Component userMenu() {
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var displayName = authentication
                .getAuthenticatedUser(PersonPrincipal.class)
                .map(PersonPrincipal::getDisplayName)
                .or(authentication::getPrincipalName)
                .orElse("");
        var avatar = new Avatar(displayName);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(displayName);
        name.addClassName("orienta-user-name");
        var trigger = new Div(avatar, name, new Icon(VaadinIcon.ANGLE_DOWN));
        trigger.addClassName("orienta-user-trigger");

        MenuItem root = menu.addItem(trigger);
        root.setAriaLabel(getTranslation("shell.user.menu", displayName));
        SubMenu sub = root.getSubMenu();
        var roles = new Span(getTranslation("shell.user.roles", roleNames()));
        roles.addClassName("orienta-user-roles");
        sub.addItem(roles).setEnabled(false);
        sub.addSeparator();
        sub.addItem(getTranslation("shell.user.account"), e -> UI.getCurrent().navigate(ACCOUNT_ROUTE))
                .setId("menu-account");
        sub.addItem(getTranslation("shell.user.logout"), e -> authentication.logout())
                .setId("menu-logout");
        return menu;
    }

    private String roleNames() {
        return authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> getTranslation("role." + a.substring("ROLE_".length())))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Built once per browser tab, not at every navigation: Vaadin checks each route's access through a
        // class-path lookup that serialises requests, and at 1,000 trainees that cost more than the views
        // (docs/performance.md, P2). Every navigation is still checked; a role change shows at the next load.
        if (!navBuilt) {
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                if (filters.stream().allMatch(filter -> filter.shows(entry.path()))) {
                    nav.addItem(navItem(entry));
                }
            }
            navBuilt = true;
        }
        viewTitle.setText(titleOf(view));
    }

    private SideNavItem navItem(MenuEntry entry) {
        var title = getTranslation(entry.title());
        var item = entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
        item.setId("nav-" + (entry.path().isEmpty() ? "home" : entry.path().replace('/', '-')));
        return item;
    }

    private String titleOf(@org.jspecify.annotations.Nullable HasElement content) {
        if (content instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        var title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        return title == null ? getTranslation("app.name") : getTranslation(title.value());
    }
}
