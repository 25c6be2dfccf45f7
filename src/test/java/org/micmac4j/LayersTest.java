package org.micmac4j;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
 *
 * <p>The layers, bottom to top ({@link #theLayersDependOneWay()}); a layer uses only the layers below it:
 * <pre>
 *   command line (cli)  study workspace (server)  Spark (spark)     applications: nothing uses them but cli
 *   reports             report, report.&lt;family&gt;, report.internal
 *   scenarios           scenario, cib, cib.io, morph
 *   analyses            agreement, dematel, experts, fuzzy, ism, operator, jgrapht
 *   io                  io: files in and out
 *   core                org.micmac4j (matrix, MICMAC, results) and internal (kernels, stores, random, parallel)
 * </pre>
 * The API packages are every package but {@code internal}, {@code report.internal} and the
 * applications; no public signature of theirs names an internal type
 * ({@link #noPublicSignatureOfAnApiPackageNamesAnInternalType()}).
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
                .dependOnClassesThat().resideInAnyPackage(
                "org.micmac4j.server..", "io.javalin..", "gg.jte..", "org.h2..",
                        "org.postgresql..", "org.flywaydb..", "com.zaxxer..", "com.fasterxml.jackson..",
                        "org.eclipse.jetty..")
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

    private static final String[] APPLICATIONS
            = {"org.micmac4j.cli..", "org.micmac4j.server..", "org.micmac4j.spark.."};
    private static final String[] INTERNAL = {"org.micmac4j.internal..", "org.micmac4j.report.internal.."};

    @Test
    void theLayersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("core").definedBy("org.micmac4j", "org.micmac4j.internal..")
                .layer("io").definedBy("org.micmac4j.io..")
                .layer("analyses").definedBy("org.micmac4j.agreement..", "org.micmac4j.dematel..",
                        "org.micmac4j.experts..", "org.micmac4j.fuzzy..", "org.micmac4j.ism..",
                        "org.micmac4j.operator..", "org.micmac4j.jgrapht..")
                .layer("scenarios").definedBy("org.micmac4j.scenario..", "org.micmac4j.cib..", "org.micmac4j.morph..")
                .layer("reports").definedBy("org.micmac4j.report..")
                .layer("command line").definedBy("org.micmac4j.cli..")
                .layer("study workspace").definedBy("org.micmac4j.server..")
                .layer("spark").definedBy("org.micmac4j.spark..")
                .whereLayer("command line").mayNotBeAccessedByAnyLayer()
                .whereLayer("study workspace").mayOnlyBeAccessedByLayers("command line")
                .whereLayer("spark").mayOnlyBeAccessedByLayers("command line")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("command line", "study workspace", "spark")
                .whereLayer("scenarios").mayOnlyBeAccessedByLayers(
                "reports", "command line", "study workspace", "spark").whereLayer("analyses")
                .mayOnlyBeAccessedByLayers("scenarios", "reports", "command line",
                        "study workspace", "spark")
                .whereLayer("io").mayOnlyBeAccessedByLayers("analyses", "scenarios", "reports", "command line",
                        "study workspace", "spark")
                .check(MAIN);
    }

    /** Every package a user may import: all but the internal ones and the applications. */
    private static final DescribedPredicate<JavaClass> IN_AN_API_PACKAGE = DescribedPredicate.describe(
            "in an API package", c -> c.getPackageName().startsWith("org.micmac4j")
                    && !resideInAnyPackage(INTERNAL).test(c) && !resideInAnyPackage(APPLICATIONS).test(c));

    /**
     * No public or protected method, constructor or field of a public type of an API package, nor
     * the types such a class extends or implements, names a type of {@code internal} or
     * {@code report.internal}: what a user can see, they can use, so internal code would become API.
     */
    @Test
    void noPublicSignatureOfAnApiPackageNamesAnInternalType() {
        members().that().areDeclaredInClassesThat(IN_AN_API_PACKAGE)
                .and().areDeclaredInClassesThat().arePublic()
                .should(exposeNoInternalType())
                .check(MAIN);
        classes().that(IN_AN_API_PACKAGE).and().arePublic().should(extendAndImplementNoInternalType()).check(MAIN);
    }

    private static ArchCondition<JavaMember> exposeNoInternalType() {
        return new ArchCondition<>("name no type of org.micmac4j.internal or org.micmac4j.report.internal") {
            @Override
            public void check(JavaMember m, ConditionEvents events) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                        && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                    return;
                }
                List<JavaType> types = new ArrayList<>();
                if (m instanceof JavaCodeUnit u) {
                    types.add(u.getReturnType());
                    types.addAll(u.getParameterTypes());
                    types.addAll(u.getExceptionTypes());
                } else if (m instanceof JavaField f) {
                    types.add(f.getType());
                }
                for (JavaType t : types) {
                    for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                        if (resideInAnyPackage(INTERNAL).test(raw)) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " names " + raw.getName()));
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> extendAndImplementNoInternalType() {
        return new ArchCondition<>("extend and implement no type of org.micmac4j.internal or "
                + "org.micmac4j.report.internal") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaClass> supertypes = new ArrayList<>(c.getRawInterfaces());
                c.getRawSuperclass().ifPresent(supertypes::add);
                for (JavaClass s : supertypes) {
                    if (resideInAnyPackage(INTERNAL).test(s)) {
                        events.add(SimpleConditionEvent.violated(
                                c, c.getName() + " extends or implements " + s.getName()));
                    }
                }
            }
        };
    }
}
