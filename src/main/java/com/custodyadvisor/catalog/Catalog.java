package com.custodyadvisor.catalog;

import com.custodyadvisor.document.Problem;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.ParametersLoader;
import com.custodyadvisor.parameters.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The provider catalogue as loaded: providers in the seed's rank order, and the hash of the data
 * they were read from.
 *
 * @param version the SHA-256 (hex) of the catalogue file's bytes
 */
public record Catalog(List<Provider> providers, String version) {

    public Catalog {
        providers = providers.stream().sorted(Comparator.comparingInt(Provider::rank)).toList();
    }

    public Optional<Provider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }


    /**
     * The catalogue with each line size's figures read from the parameters it names (the figures the rules judge
     * by); {@link #parameterProblems} first, for a catalogue and parameters not checked together yet.
     */
    public Catalog resolved(Parameters parameters) {
        return new Catalog(providers.stream().map(p -> p.withLineSize(p.lineSize().resolved(parameters))).toList(),
                version);
    }

    /** Line sizes naming a parameter the parameters lack, or hold in another unit than USD. */
    public List<Problem> parameterProblems(Parameters parameters) {
        List<Problem> problems = new ArrayList<>();
        for (Provider p : providers) {
            String name = p.lineSize().maxUsdParameter();
            if (name == null) {
                continue;
            }
            String found = parameters.find(name).map(x -> x.unit() == Unit.USD ? "" : "is in " + x.unit() + ", not USD")
                    .orElse("is not in " + ParametersLoader.FILE_NAME);
            if (!found.isEmpty()) {
                problems.add(Problem.at("/providers/" + p.id() + "/lineSize/maxUsdParameter", p.id()
                        + ": line size parameter \"" + name + "\" " + found));
            }
        }
        return problems;
    }

    public int size() {
        return providers.size();
    }
}
