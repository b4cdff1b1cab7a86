package cn.wenshui.compensation.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, over the production classes of both modules (the API's test classpath
 * holds the core's classes).
 */
@AnalyzeClasses(packages = "cn.wenshui.compensation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The engine is plain Java (and Jackson for its data): it runs the same in a service, a test or a benchmark. */
    @ArchTest
    static final ArchRule coreImportsNoFramework = noClasses()
            .that().resideInAPackage("cn.wenshui.compensation..")
            .and().resideOutsideOfPackage("cn.wenshui.compensation.api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "io.vertx..",
                    "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..", "org.jboss..")
            .because("compensation-core imports no framework");
}
