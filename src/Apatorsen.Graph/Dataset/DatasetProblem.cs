namespace Apatorsen.Graph.Dataset;

/// <summary>One thing wrong with the dataset, located by file, line and (where it applies) column.</summary>
/// <param name="File">The file's path relative to the dataset directory, with forward slashes.</param>
/// <param name="Line">The 1-based line number, or 0 for a problem with the file as a whole.</param>
/// <param name="Column">The 1-based field number, or null where no single field is at fault.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record DatasetProblem(string File, long Line, int? Column, string Message)
{
    public override string ToString() => (Line, Column) switch
    {
        (0, _) => $"{File}: {Message}",
        (_, null) => $"{File}:{Line}: {Message}",
        _ => $"{File}:{Line}:{Column}: {Message}",
    };
}

/// <summary>Collects problems in the order they are found, capped so a wholly broken file cannot exhaust memory.</summary>
public sealed class ProblemCollector(int limit = 10_000)
{
    private readonly List<DatasetProblem> _problems = [];

    public IReadOnlyList<DatasetProblem> Problems => _problems;

    /// <summary>How many problems were found beyond the limit and not kept.</summary>
    public int Dropped { get; private set; }

    public bool HasProblems => _problems.Count > 0;

    public void Add(string file, long line, int? column, string message)
    {
        if (_problems.Count >= limit)
        {
            Dropped++;
            return;
        }

        // Paths and messages can quote what a file holds: never let that reach a terminal as control characters.
        _problems.Add(new DatasetProblem(EchoedText.Escape(file), line, column, EchoedText.Escape(message)));
    }
}
