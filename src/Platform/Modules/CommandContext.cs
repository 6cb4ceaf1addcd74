using System.CommandLine;
using Microsoft.AspNetCore.Builder;

namespace Quartet.Platform.Modules;

/// <summary>
/// Gives module CLI commands the configured application (services, configuration, enabled modules) without starting
/// the web server. The global options (<c>--apps</c>, <c>--data-dir</c>) of the command line are applied.
/// </summary>
public sealed class CommandContext(Func<ParseResult, IReadOnlyList<string>, WebApplication> buildApp)
{
    public WebApplication BuildApp(ParseResult parseResult) => buildApp(parseResult, []);

    /// <summary>The application with extra settings in command-line form (e.g. <c>--Quartet:DataDir=/tmp/x</c>), which win over every other source.</summary>
    public WebApplication BuildApp(ParseResult parseResult, IReadOnlyList<string> settings) => buildApp(parseResult, settings);
}
