using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Http;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Cli;

/// <summary><c>quartet openapi --out DIR</c>: writes each enabled app's OpenAPI document (and the platform's) as DIR/{name}.json.</summary>
public static class OpenApiCommand
{
    public static Command Create(CommandContext context)
    {
        var outOption = new Option<DirectoryInfo>("--out") { Description = "Folder to write {document}.json files into.", Required = true };
        var command = new Command("openapi", "Write the OpenAPI documents (platform and each enabled app) to files, without serving.") { outOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse, ["--Logging:LogLevel:Default=Warning"]);
            // Serving would attach the mapped endpoints to routing at start-up; the documents are read without starting.
            app.UseEndpoints(_ => { });
            var folder = parse.GetValue(outOption)!;
            folder.Create();
            var names = new[] { ApiGroups.PlatformDocument }.Concat(app.Services.GetRequiredService<ModuleCatalog>().Enabled.Select(m => m.Key));
            foreach (var name in names)
            {
                var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(name).GetOpenApiDocumentAsync(ct);
                var file = Path.Combine(folder.FullName, $"{name}.json");
                await File.WriteAllTextAsync(file, await OpenApiContracts.ToJsonAsync(document), ct);
                Console.WriteLine(file);
            }

            return 0;
        });
        return command;
    }
}
