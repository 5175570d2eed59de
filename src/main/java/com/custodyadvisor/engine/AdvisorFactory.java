package com.custodyadvisor.engine;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.support.Background;
import java.nio.file.Path;
import java.util.List;

/** Builds an {@link Advisor} from a rules directory and a data directory, as both doors do at start. */
public final class AdvisorFactory {

    private AdvisorFactory() {
    }

    /**
     * Compiles the rules and loads the catalogue, the two at once.
     *
     * @throws RuleSetException when a rule file does not compile or a rule header is incomplete
     * @throws CatalogException when the provider catalogue is invalid
     */
    public static Advisor load(Path rulesDir, Path dataDir) throws RuleSetException, CatalogException {
        // the catalogue is read while the rules load; its problems are reported first, as when it was read first
        Background<Catalog> reading = Background.start("load-catalogue", () -> CatalogLoader.load(dataDir));
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetCompiler.compile(rulesDir, dataDir);
        } catch (RuleSetException e) {
            reading.join(CatalogException.class);
            throw e;
        }
        Catalog catalog = reading.join(CatalogException.class);
        List<Problem> problems = catalog.parameterProblems(ruleSet.parameters());
        if (!problems.isEmpty()) {
            throw new CatalogException(dataDir.resolve(CatalogLoader.FILE_NAME), problems);
        }
        return new Advisor(ruleSet, catalog);
    }
}
