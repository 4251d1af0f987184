using Apatorsen.Api.Settings;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// The response cache's memory: at most <see cref="ApiOptions.ResponseCacheSizeLimit"/> bytes, counting each entry's
/// serialised answer, its key and a fixed overhead (the framework's own store counts the answer alone, so a flood of
/// tiny answers under long keys could grow far past its limit). Past the limit new entries are not kept and the
/// oldest are compacted away. Tags are not used by the API and not supported.
/// </summary>
internal sealed class BoundedOutputCacheStore : IOutputCacheStore, IDisposable
{
    private const int EntryOverheadBytes = 256;

    private readonly MemoryCache _cache;

    public BoundedOutputCacheStore(IOptions<ApiOptions> options)
    {
        SizeLimit = options.Value.ResponseCacheSizeLimit;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = SizeLimit, TrackStatistics = true });
    }

    public long SizeLimit { get; }

    /// <summary>The bytes the entries held now are accounted for.</summary>
    public long Size => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public long Entries => _cache.GetCurrentStatistics()?.CurrentEntryCount ?? 0;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cache.Get<byte[]>(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        _cache.Set(key, value, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = validFor,
            Size = value.Length + (2L * key.Length) + EntryOverheadBytes,
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The API's response cache has no tags.");

    public void Dispose() => _cache.Dispose();
}
