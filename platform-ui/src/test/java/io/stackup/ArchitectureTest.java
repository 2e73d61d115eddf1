package io.stackup;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/code-shape.md, checked on every build: a crossing breaks it. */
class ArchitectureTest {

    static JavaClasses stackup;

    @BeforeAll
    static void importClasses() {
        stackup = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.stackup");
    }

    @Test
    void vaadin_is_used_only_in_the_application_module() {
        noClasses()
                .that()
                .resideInAnyPackage("io.stackup.core..", "io.stackup.tenantadmin..", "io.stackup.deploy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(stackup);
    }

    @Test
    void jooq_is_used_only_in_repositories_and_queries() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "..repository..",
                        "..query..",
                        "io.stackup.core.jooq..",
                        "io.stackup.core.jdbc..",
                        "io.stackup.core.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "io.stackup.core.jooq..")
                .check(stackup);
    }

    @Test
    void a_features_repositories_and_queries_are_used_only_by_that_feature() {
        classes()
                .that()
                .resideInAnyPackage("io.stackup.core..repository..", "io.stackup.core..query..")
                .should(new ArchCondition<>("be used only by their own feature") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String feature = featureOf(item);
                        item.getAccessesToSelf().forEach(access -> {
                            String caller = featureOf(access.getOriginOwner());
                            if (!feature.equals(caller)) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        });
                    }
                })
                .check(stackup);
    }

    /**
     * The generated jOOQ package ({@code io.stackup.core.jooq}) is no feature: it is the schema, read by every
     * feature's repositories and queries, and its columns name the features' ids and enums (forcedTypes, ADR 0002).
     * Its own dependencies are therefore left out; a feature reaching another feature's code is still a cycle.
     */
    @Test
    void features_have_no_cycles() {
        slices().matching("io.stackup.core.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage("io.stackup.core.jooq.."), DescribedPredicate.alwaysTrue())
                .check(stackup);
        slices().matching("io.stackup.ui.(*)..").should().beFreeOfCycles().check(stackup);
    }

    /**
     * The template feature's parts: reading documents and scoring are separate jobs over the same model, so neither
     * may reach into the other, and no two of its sub-packages form a cycle.
     */
    @Test
    void template_documents_and_scoring_do_not_depend_on_each_other() {
        slices().matching("io.stackup.core.template.(*)..")
                .should()
                .beFreeOfCycles()
                .check(stackup);
        noClasses()
                .that()
                .resideInAPackage("io.stackup.core.template.document..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.stackup.core.template.scoring..")
                .check(stackup);
        noClasses()
                .that()
                .resideInAPackage("io.stackup.core.template.scoring..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.stackup.core.template.document..")
                .check(stackup);
    }

    @Test
    void the_ui_and_the_api_do_not_depend_on_each_other() {
        noClasses()
                .that()
                .resideInAPackage("io.stackup.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.stackup.ui..")
                .check(stackup);
        noClasses()
                .that()
                .resideInAPackage("io.stackup.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.stackup.api..")
                .check(stackup);
    }

    @Test
    void core_does_not_depend_on_the_modules_above_it() {
        noClasses()
                .that()
                .resideInAPackage("io.stackup.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.stackup.ui..", "io.stackup.api..", "io.stackup.security..", "io.stackup.tenantadmin..")
                .check(stackup);
    }

    @Test
    void views_are_package_private() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(stackup);
    }

    private static final Pattern FEATURE = Pattern.compile("io\\.stackup\\.core\\.([a-z]+).*");

    private static String featureOf(JavaClass type) {
        Matcher matcher = FEATURE.matcher(type.getPackageName());
        return matcher.matches() ? matcher.group(1) : type.getPackageName();
    }
}
