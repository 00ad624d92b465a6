package org.orienta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the compiler and Spring Modulith cannot see: where Vaadin may appear and how services guard themselves. */
@AnalyzeClasses(packages = "org.orienta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_live_in_ui_packages =
            classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule services_stay_headless = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .and()
            .doNotHaveFullyQualifiedName("org.orienta.Application")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin.flow.component..")
            .because("services must stay usable and testable without a UI");

    @ArchTest
    static final ArchRule services_declare_their_security = classes()
            .that()
            .areAnnotatedWith(Service.class)
            .should()
            .beMetaAnnotatedWith(PreAuthorize.class)
            .because("method security guards every service, not only the views that call it");

    @ArchTest
    static final ArchRule roles_are_named_by_the_access_annotations = noClasses()
            .that()
            .resideOutsideOfPackage("org.orienta.base")
            .should()
            .beAnnotatedWith(PreAuthorize.class)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName(PreAuthorize.class.getName())
            .because("a role spelled by hand in an expression is a typo waiting to happen: use @ForTrainers,"
                    + " @ForHr, @ForAdmins and the other annotations in org.orienta.base");

    @ArchTest
    static final ArchRule ui_classes_are_used_only_by_ui_classes = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.orienta..ui..")
            .because("features talk to each other through services and events, never through views");

    @ArchTest
    static final ArchRule no_module_depends_on_the_tools = noClasses()
            .that()
            .resideOutsideOfPackage("org.orienta.tools..")
            .and()
            .doNotHaveFullyQualifiedName("org.orienta.Application")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.orienta.tools..")
            .because("commands, generators and benchmarks may use every module, so no module may use them (ADR 0027)");

    @ArchTest
    static final ArchRule views_render_outside_transactions = noClasses()
            .that()
            .resideInAPackage("org.orienta..ui..")
            .should()
            .beAnnotatedWith("org.springframework.transaction.annotation.Transactional")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.transaction.support.TransactionTemplate")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
            .because("a view that builds components inside a transaction holds a database connection while"
                    + " it renders; under load the pool then runs dry (issue 22, ADR 0036): a view asks a"
                    + " service, which commits, and renders afterwards");
}
