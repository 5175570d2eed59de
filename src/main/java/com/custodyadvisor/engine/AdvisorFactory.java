package com.custodyadvisor.engine;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** Builds an {@link Advisor} from a rules directory and a data directory, as both doors do at start. */
public final class AdvisorFactory {

    private AdvisorFactory() {
    }

    /**
     * Compiles the rules and loads the catalogue.
     *
     * @throws RuleSetException when a rule file does not compile or a rule header is incomplete
     * @throws CatalogException when the provider catalogue is invalid
     */
    public static Advisor load(Path rulesDir, Path dataDir) throws RuleSetException, CatalogException {
        Catalog catalog = CatalogLoader.load(dataDir);
        RuleSet ruleSet = RuleSetCompiler.compile(rulesDir, dataDir);
        List<Problem> problems = catalog.parameterProblems(ruleSet.parameters());
        if (!problems.isEmpty()) {
            throw new CatalogException(dataDir.resolve(CatalogLoader.FILE_NAME), problems);
        }
        return new Advisor(ruleSet, catalog);
    }
}
