using Quartet.Host;
using Quartet.Platform.Cli;

return await QuartetCli.RunAsync(args, Modules.All);
