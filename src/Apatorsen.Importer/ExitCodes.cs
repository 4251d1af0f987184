namespace Apatorsen.Importer;

/// <summary>The importer's exit codes; documented in the README and <c>--help</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidData = 2;
    public const int Unreachable = 3;
    public const int VerificationFailed = 4;
    public const int Drift = 5;
}
