package com.custodyadvisor.cli;

import com.custodyadvisor.http.AdvisoryServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openapi}: prints the OpenAPI document the service serves, for client generators and linters. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = "Print the OpenAPI 3.1 document the service serves at /openapi.json (the profile schema "
                + "embedded), without starting it.")
final class OpenApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AdvisoryServer.openApiDocument());
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
