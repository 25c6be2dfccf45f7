package org.micmac4j.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the report API, checked over the compiled classes: six families, each one public
 * facade implementing {@link Report} (and at most one public input record), whose public
 * signatures never name a type of the internal kit (LayersTest checks that for every API package),
 * and the kit in turn never uses a family.
 */
class ReportApiTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.micmac4j");

    /** The families, each a package under {@code org.micmac4j.report}. */
    static final List<String> FAMILIES = List.of("micmac", "ism", "dematel", "experts", "cib", "morph");

    private static String[] apiPackages() {
        List<String> packages = new ArrayList<>(List.of("org.micmac4j.report"));
        FAMILIES.forEach(f -> packages.add("org.micmac4j.report." + f));
        return packages.toArray(String[]::new);
    }

    // That no public signature of a report (nor a supertype of a public report class) names an internal
    // type is LayersTest's rule for every API package: noPublicSignatureOfAnApiPackageNamesAnInternalType.

    /** Each family: one public facade, a {@link Report}; besides it, at most its input record. */
    @Test
    void eachFamilyHasOnePublicFacade() {
        for (String family : FAMILIES) {
            String pkg = "org.micmac4j.report." + family;
            Set<String> facades = new TreeSet<>();
            Set<String> others = new TreeSet<>();
            for (JavaClass c : MAIN) {
                if (c.getPackageName().equals(pkg) && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.isTopLevelClass()) {
                    (c.isAssignableTo(Report.class) ? facades : others).add(c.getSimpleName());
                }
            }
            assertEquals(1, facades.size(), family + ": " + facades);
            assertTrue(others.size() <= 1 && others.stream().allMatch(o -> o.endsWith("Findings")),
                    family + " has public types besides its facade and input: " + others);
        }
    }

    /** The kit serves the families, never the reverse; and nothing outside the reports uses it. */
    @Test
    void theInternalKitDependsOnNoFamilyAndOnlyReportsUseIt() {
        noClasses().that().resideInAPackage("org.micmac4j.report.internal..").should().dependOnClassesThat()
                .resideInAnyPackage(apiPackages()).check(MAIN);
        noClasses().that().resideOutsideOfPackage("org.micmac4j.report..").should().dependOnClassesThat()
                .resideInAPackage("org.micmac4j.report.internal..").check(MAIN);
    }

    /** Bad settings throw the library's one input exception, as the analyses do, each naming the setting. */
    @Test
    void badSettingsAreInvalidInput() {
        List<org.junit.jupiter.api.function.Executable> bad = List.of(
                () -> org.micmac4j.report.micmac.MicmacReport.withDefaults().withGraphPercent(0),
                () -> org.micmac4j.report.micmac.MicmacReport.withDefaults().withExportLinksPerVariable(0),
                () -> org.micmac4j.report.micmac.MicmacReport.withDefaults().withMatrixSheetMax(-1),
                () -> org.micmac4j.report.ism.IsmReport.withDefaults().withMatrixTablesUpTo(-1),
                () -> org.micmac4j.report.dematel.DematelReport.withDefaults().withMatrixTablesUpTo(-1),
                () -> org.micmac4j.report.dematel.DematelReport.withDefaults().withRelationsListed(-1),
                () -> org.micmac4j.report.dematel.DematelReport.withDefaults().withRelationsUpTo(-1),
                () -> org.micmac4j.report.experts.ExpertsReport.withDefaults().withTitle(" "),
                () -> org.micmac4j.report.cib.CibReport.withDefaults().withScenariosShown(0),
                () -> org.micmac4j.report.cib.CibReport.withDefaults().withScenariosListed(-1),
                () -> org.micmac4j.report.cib.CibReport.withDefaults().withScenariosDescribed(1001),
                () -> org.micmac4j.report.morph.MorphReport.withDefaults().withTitle(""),
                () -> org.micmac4j.io.ReportFolder.of(java.nio.file.Path.of("")));
        for (int k = 0; k < bad.size(); k++) {
            org.micmac4j.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.micmac4j.InvalidInputException.class, bad.get(k), "setting " + k);
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "setting " + k);
        }
    }
}
