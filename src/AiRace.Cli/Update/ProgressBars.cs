using System.Collections.Concurrent;
using AiRace.Sources.Live;
using Spectre.Console;

namespace AiRace.Cli.Update;

/// <summary>One Spectre progress line per source: responses, rows and bytes so far, then its outcome.</summary>
internal sealed class ProgressBars(ProgressContext context) : IUpdateProgress
{
    private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    public void Started(string source)
    {
        var task = context.AddTask(Markup.Escape(source));
        task.IsIndeterminate = true;
        _tasks[source] = task;
    }

    public void Advanced(string source, int responses, long rows, long bytes)
    {
        if (_tasks.TryGetValue(source, out var task))
        {
            task.Description = Markup.Escape($"{source}: {responses} pages, {rows:N0} rows, {UpdateSummary.Size(bytes)}");
        }
    }

    public void Finished(SourceRunResult result)
    {
        if (_tasks.TryGetValue(result.Source, out var task))
        {
            task.Description = Markup.Escape($"{result.Source}: {result.Status.ToString().ToLowerInvariant()}, {result.Requests} pages, {result.Rows:N0} rows, {UpdateSummary.Size(result.Bytes)}");
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
