using Apatorsen.Api.Hosting;

namespace Apatorsen.Api.Tests.Units;

public sealed class LoopbackAddressTests
{
    [Theory]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/")]
    [InlineData("http://10.1.2.3:5080", "http://10.1.2.3:5080/")]
    [InlineData("https://[::]:8443", "https://localhost:8443/")]
    public void AWildcardHost_IsReachedOnLoopback_AndASpecificOneAsItIs(string serverAddress, string expected) =>
        Assert.Equal(new Uri(expected), LoopbackAddress.Of([serverAddress]));

    [Fact]
    public void PlainHttp_IsPreferred() =>
        Assert.Equal(new Uri("http://127.0.0.1:8080/"), LoopbackAddress.Of(["https://localhost:8443", "http://unix:/tmp/api.sock", "http://0.0.0.0:8080"]));

    [Theory]
    [InlineData]
    [InlineData("http://unix:/tmp/api.sock")]
    [InlineData("http://pipe:/api")]
    [InlineData("not an address")]
    public void WithoutAnAddressOverTcp_ThereIsNone(params string[] serverAddresses) =>
        Assert.Null(LoopbackAddress.Of(serverAddresses));
}
