namespace AiRace.Benchmarks;

/// <summary>
/// <c>serve-hub</c>: a small fake Hugging Face Hub to try <c>airace update</c> by hand. Every namespace lists
/// <c>--models</c> repositories (default 25) in pages of <c>--page-size</c> (default 10) with ETags;
/// <c>--fail-page 2</c> makes page 2 of every listing answer 500; <c>--no-etag</c> turns conditional answers off.
/// </summary>
internal static class ServeHub
{
    public static int Run(string[] args)
    {
        var port = Args.Int(args, "--port", 5077);
        var hub = FakeHub.Start(port, Args.Int(args, "--models", 25), Args.Int(args, "--page-size", 10), Args.Int(args, "--fail-page", 0), !Args.Flag(args, "--no-etag"));
        Console.WriteLine($"A fake Hugging Face Hub is serving on {hub.Url} (Ctrl-C stops it). In another terminal:");
        Console.Out.Flush();
        Console.WriteLine($"  HF_ENDPOINT={hub.Url} dotnet run --project src/AiRace.Cli -- update --source huggingface");
        hub.Stopping.WaitHandle.WaitOne();
        hub.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"Served {Interlocked.Read(ref hub.Requests)} requests.");
        return 0;
    }
}
