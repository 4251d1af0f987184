using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Apatorsen.Api.Explorer;

/// <summary>One built file of the explorer (tools/explorer builds them into Explorer/assets), held in memory.</summary>
internal sealed record ExplorerAsset(string ContentType, byte[] Content, EntityTagHeaderValue Tag, byte[]? Gzipped, EntityTagHeaderValue? GzippedTag);

/// <summary>The explorer's files, embedded in the API so that it needs no file beside it and nothing from a CDN.</summary>
internal static class ExplorerAssets
{
    private const string Prefix = "explorer/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".html"] = "text/html; charset=utf-8",
    };

    /// <summary>The files under /explore/assets/, by name; the pages are served by their own routes.</summary>
    public static IReadOnlyDictionary<string, ExplorerAsset> Files { get; } = Load()
        .Where(pair => !pair.Key.EndsWith(".html", StringComparison.Ordinal))
        .ToDictionary(StringComparer.Ordinal);

    public static string ExplorePage { get; } = ReadText("index.html");

    public static string HomePage { get; } = ReadText("home.html");

    private static IEnumerable<KeyValuePair<string, ExplorerAsset>> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var content = Read(resource);
            var gzipped = Gzip(content);
            var useGzip = gzipped.Length < content.Length * 0.9;
            yield return new(name, new ExplorerAsset(
                ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"),
                content,
                Tag(content, ""),
                useGzip ? gzipped : null,
                useGzip ? Tag(content, "-gzip") : null));
        }
    }

    private static string ReadText(string name) => System.Text.Encoding.UTF8.GetString(Read(Prefix + name));

    private static byte[] Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource '{resource}' is not embedded in the API; build the explorer (tools/explorer).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    private static EntityTagHeaderValue Tag(byte[] content, string suffix) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..20]}{suffix}\"");
}
