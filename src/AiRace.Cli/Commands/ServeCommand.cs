using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Core;
using AiRace.Web;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace serve [--host 127.0.0.1] [--port 5080]</c>: the dashboard and its JSON API over the store, read-only, until
/// Ctrl+C. A newer store published by <c>airace update</c> is picked up without a restart.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    private readonly Option<string> _host = new("--host")
    {
        Description = "The address to listen on: 127.0.0.1 is this machine only; any other address prints a warning.",
        DefaultValueFactory = _ => DashboardOptions.LoopbackHost,
    };

    private readonly Option<int> _port = new("--port")
    {
        Description = "The port to listen on.",
        DefaultValueFactory = _ => DashboardOptions.DefaultPort,
    };

    public string Name => "serve";

    public Command Build()
    {
        var cmd = new Command(Name, "Serve the dashboard and its JSON API (every page has a .json twin) over the store, read-only, on 127.0.0.1.");
        cmd.Options.Add(_host);
        cmd.Options.Add(_port);
        return cmd.WithExample("airace serve --port 5080");
    }

    public int Execute(CliContext ctx)
    {
        var port = ctx.Get(_port);
        if (port is < 0 or > 65535)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--port {port} is not a port: use 1 to 65535, such as --port 5080.");
        }

        if (!ctx.StoreExists)
        {
            throw new AiRaceException(ErrorKind.Usage, $"There is no store at '{ctx.DbPath}': run `airace import DIR` (or `airace update`) first, then `airace serve`.");
        }

        var options = new DashboardOptions(ctx.DbPath, ctx.Get(_host) ?? DashboardOptions.LoopbackHost, port, ctx.Parse.GetValue(GlobalOptions.Attribution)?.FullName);
        if (!options.IsLoopback)
        {
            ctx.Err.WriteLine($"warning: listening on {options.Host}, not only this machine: anyone who can reach it can read the dashboard. Put it behind a reverse proxy (see the README).");
        }

        DashboardHost.Run(options, ctx.Out, ctx.DbPath);
        return ExitCodes.Ok;
    }
}
