package org.micmac4j.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.micmac4j.InvalidInputException;
import org.micmac4j.MicmacResult;
import org.micmac4j.Sector;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.internal.Messages;

/**
 * The bridge from MICMAC to scenarios: selects the key variables of a {@link MicmacResult}, those
 * whose sector in a chosen view is one of the chosen sectors (by default the INFLUENT and RELAY
 * variables of the INDIRECT view: the drivers and the stakes of the system), in the analysis's
 * variable order. {@link Hypotheses#descriptors(List)} turns them into a scenario space.
 *
 * <pre>{@code
 * List<Variable> keys = KeyVariables.withDefaults().select(micmacResult);
 * ScenarioSpace space = Hypotheses.read(Path.of("hypotheses.csv")).descriptors(keys);
 * }</pre>
 *
 * <p>Immutable.
 */
public final class KeyVariables {
    /** Default view: {@link View#INDIRECT}. */
    public static final View VIEW_DEFAULT = View.INDIRECT;
    /** Default sectors: INFLUENT and RELAY. */
    public static final Set<Sector> SECTORS_DEFAULT = Set.copyOf(EnumSet.of(Sector.INFLUENT, Sector.RELAY));

    private static final KeyVariables DEFAULTS = new KeyVariables(VIEW_DEFAULT, SECTORS_DEFAULT);

    private final View view;
    private final Set<Sector> sectors;

    private KeyVariables(View view, Set<Sector> sectors) {
        this.view = view;
        this.sectors = sectors;
    }

    /** @return the selection with {@link #VIEW_DEFAULT} and {@link #SECTORS_DEFAULT} */
    public static KeyVariables withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newView the view whose sectors decide
     * @return a copy with that view
     */
    public KeyVariables withView(View newView) {
        return new KeyVariables(Objects.requireNonNull(newView, "view"), sectors);
    }

    /**
     * @param newSectors the sectors kept, at least one
     * @return a copy with those sectors
     * @throws InvalidInputException when empty
     */
    public KeyVariables withSectors(Set<Sector> newSectors) {
        Messages.require(newSectors != null && !newSectors.isEmpty(), "at least one sector must be selected");
        return new KeyVariables(view, Set.copyOf(newSectors));
    }

    /** @return the view whose sectors decide */
    public View view() {
        return view;
    }

    /** @return the sectors kept */
    public Set<Sector> sectors() {
        return sectors;
    }

    /**
     * @param result a MICMAC result
     * @return its variables whose sector in {@link #view()} is one of {@link #sectors()}, in order
     */
    public List<Variable> select(MicmacResult result) {
        ViewResult v = result.view(view);
        List<Variable> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (sectors.contains(v.sector(i))) {
                out.add(v.variables().get(i));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "KeyVariables[view=" + view + ", sectors=" + sectors + "]";
    }
}
