using AiRace.Sources.Starter;
using AiRace.Store;
using AiRace.Web;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>serve-starter</c>: the dashboard over a temporary store holding only the bundled starter data (hand-curated, a source
/// URL on every row), on 127.0.0.1:<c>--port</c> (default 5081) until Ctrl+C. The README's screenshot is taken from it
/// (<c>chromium --headless --screenshot=docs/dashboard-home.png --window-size=1280,2000 http://127.0.0.1:5081/</c>), so
/// no figure of the real data in ../shared/data is put into the repository.
/// </summary>
internal static class ServeStarter
{
    public static int Run(string[] args)
    {
        var dir = Path.Combine(Path.GetTempPath(), "airace-serve-starter-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "starter.duckdb");
        try
        {
            using (var store = AiRaceStore.Open(db))
            {
                StarterDataset.LoadInto(store);
            }

            var app = DashboardHost.Build(new DashboardOptions(db, Port: Args.Int(args, "--port", 5081)));
            app.RunAsync().GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
