namespace AiRace.Sources.Live;

/// <summary>
/// Reads the whole body inside each attempt, so the attempt timeout covers a stalled body and a connection that breaks
/// mid-body is retried like any other transport error.
/// </summary>
internal sealed class BufferingHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(maxBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex) when (ex is IOException)
        {
            response.Dispose();
            throw new HttpRequestException($"the connection broke while reading the body ({ex.Message})", ex);
        }
        catch (HttpRequestException)
        {
            response.Dispose();
            throw;
        }
        catch (OperationCanceledException)
        {
            response.Dispose();
            throw;
        }
    }
}
