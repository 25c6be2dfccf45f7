package org.micmac4j;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layers of the library, checked over the compiled main classes (tests and examples
 * excluded). Every package under {@code org.micmac4j}, present or future (experts, scenario, cib,
 * morph, jgrapht...), is one slice of the cycle check, so a new package needs no new rule.
 *
 * <p>The one exception to "internal code never uses the public API": {@link InvalidInputException},
 * the exception every input check throws. It is a leaf (it depends on nothing of the library,
 * which {@link #theInputExceptionIsALeaf()} checks), so a dependency on it cannot close a cycle of
 * code; the cycle check ignores dependencies onto it.
 */
class LayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.micmac4j");

    /** One slice per package, the root package included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.equals("org.micmac4j") || p.startsWith("org.micmac4j.") ? SliceIdentifier.of(p)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of org.micmac4j";
        }
    };

    @Test
    void noPackageCycle() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        equivalentTo(InvalidInputException.class))
                .check(MAIN);
    }

    @Test
    void internalCodeUsesNoPublicApi() {
        classes().that().resideInAPackage("org.micmac4j.internal..").should().onlyDependOnClassesThat(
                resideInAnyPackage("org.micmac4j.internal..", "java..", "org.ejml..", "jdk.incubator.vector..",
                        "org.apache.commons.rng..")
                        .or(equivalentTo(InvalidInputException.class)))
                .check(MAIN);
    }

    @Test
    void theInputExceptionIsALeaf() {
        classes().that(equivalentTo(InvalidInputException.class)).should()
                .onlyDependOnClassesThat(resideInAPackage("java..").or(equivalentTo(InvalidInputException.class)))
                .check(MAIN);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.micmac4j.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("org.micmac4j.cli..", "picocli..").check(MAIN);
    }

    @Test
    void onlyTheCommandLineStartsTheWorkspaceAndOnlyTheWorkspaceUsesItsLibraries() {
        noClasses().that().resideOutsideOfPackages("org.micmac4j.server..", "org.micmac4j.cli..").should()
                .dependOnClassesThat().resideInAnyPackage("org.micmac4j.server..", "io.javalin..", "gg.jte..", "org.h2..",
                        "org.postgresql..", "org.flywaydb..", "com.zaxxer..", "com.fasterxml.jackson..", "org.eclipse.jetty..")
                .check(MAIN);
    }

    @Test
    void inputDoesNotUseReportsOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.micmac4j.io..").should().dependOnClassesThat()
                .resideInAnyPackage("org.micmac4j.report..", "org.micmac4j.cli..").check(MAIN);
    }

    @Test
    void ejmlOnlyBehindTheLinearAlgebraFacade() {
        noClasses().that(not(resideInAPackage("org.micmac4j.internal.linalg..")))
                .should().dependOnClassesThat().resideInAPackage("org.ejml..").check(MAIN);
    }
}
