using System.CommandLine;
using Microsoft.AspNetCore.Builder;

namespace Quartet.Platform.Modules;

/// <summary>
/// Gives module CLI commands the configured application (services, configuration, enabled modules) without starting
/// the web server. The global options (<c>--apps</c>, <c>--data-dir</c>) of the command line are applied.
/// </summary>
public sealed class CommandContext(Func<ParseResult, WebApplication> buildApp)
{
    public WebApplication BuildApp(ParseResult parseResult) => buildApp(parseResult);
}
