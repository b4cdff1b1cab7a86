package cn.wenshui.compensation.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;

/**
 * The package rules of docs/architecture.md, over the production classes of both modules (the API's test classpath
 * holds the core's classes). A resource is a top-level class annotated {@code @Path}, with its nested classes.
 */
@AnalyzeClasses(packages = "cn.wenshui.compensation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String API = "cn.wenshui.compensation.api..";

    /** The engine is plain Java (and Jackson for its data): it runs the same in a service, a test or a benchmark. */
    @ArchTest
    static final ArchRule coreImportsNoFramework = noClasses()
            .that().resideInAPackage("cn.wenshui.compensation..")
            .and().resideOutsideOfPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "io.vertx..",
                    "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..", "org.jboss..")
            .because("compensation-core imports no framework");

    /** One package per capability, and no two of them leaning on each other. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cn.wenshui.compensation.api.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule resourcesDoNotCallOtherResources = classes()
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("are resources", ArchitectureTest::isResource))
            .should(notDependOnAnotherResource())
            .because("resource → service → repository: a resource calls services, never another resource");

    @ArchTest
    static final ArchRule servicesAndRepositoriesDoNotDependOnResources = classes()
            .that().resideInAPackage(API)
            .and().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
            .should(notDependOnAnotherResource())
            .because("calls go one way: resource → service → repository");

    @ArchTest
    static final ArchRule servicesAndRepositoriesBuildNoHttp = noClasses()
            .that().resideInAPackage(API)
            .and().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("services return results; resources build the HTTP answers");

    @ArchTest
    static final ArchRule pagesDoNotCallResources = classes()
            .that().resideInAPackage("cn.wenshui.compensation.api.web..")
            .should(notDependOnAnotherResource())
            .because("the pages call services, never resources");

    private static boolean isResource(JavaClass c) {
        return topLevel(c).isAnnotatedWith(Path.class);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    /** No dependency on a resource other than the class's own (itself, its nested or enclosing classes). */
    private static ArchCondition<JavaClass> notDependOnAnotherResource() {
        return new ArchCondition<>("not depend on another resource") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isResource(target) && !topLevel(target).equals(topLevel(c))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
