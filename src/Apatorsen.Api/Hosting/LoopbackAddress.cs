using System.Net;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// Where the API can reach itself: one of the server's listening addresses (IServerAddressesFeature), with a
/// wildcard host (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>, a host name Kestrel binds as any address) made a
/// loopback one; plain HTTP preferred. None for a unix socket or named pipe, or when the server has no address (the
/// test server).
/// </summary>
public static class LoopbackAddress
{
    public static Uri? Of(IEnumerable<string> serverAddresses)
    {
        var usable = serverAddresses.Select(Parse).OfType<Uri>().ToArray();
        return usable.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttp) ?? usable.FirstOrDefault();
    }

    private static Uri? Parse(string address)
    {
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return null;
        }

        if (binding.IsUnixPipe || binding.IsNamedPipe || binding.Port <= 0
            || (binding.Scheme != Uri.UriSchemeHttp && binding.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return new UriBuilder(binding.Scheme, Loopback(binding.Host, binding.Scheme), binding.Port).Uri;
    }

    // A specific address or localhost is used as it is. A wildcard is reached on the loopback of its family; over
    // HTTPS as localhost, the name a development certificate carries.
    private static string Loopback(string host, string scheme)
    {
        var ip = IPAddress.TryParse(host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (ip is not null && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any)))
        {
            return host;
        }

        return scheme == Uri.UriSchemeHttps ? "localhost"
            : IPAddress.IPv6Any.Equals(ip) ? "[::1]"
            : "127.0.0.1";
    }
}
