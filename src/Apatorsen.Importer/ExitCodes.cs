namespace Apatorsen.Importer;

/// <summary>The importer's exit codes; documented in the README and <c>--help</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Neo4j refused a statement, or something unexpected stopped the run.</summary>
    public const int Failure = 1;

    /// <summary>The data, an option or a setting is invalid; nothing was sent.</summary>
    public const int InvalidInput = 2;

    /// <summary>Neo4j refused the connection or the credentials, or did not answer the check in time.</summary>
    public const int Unreachable = 3;

    /// <summary>The import ran, but Neo4j does not hold what the files do (the counts after it differ).</summary>
    public const int VerificationFailed = 4;

    /// <summary><c>generate --check</c>: a generated file is not what the schema gives.</summary>
    public const int Drift = 5;

    /// <summary>Ctrl-C (or SIGTERM): 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
