using System.CommandLine;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>The <c>export</c> command: its options, their checks, and the run they start.</summary>
internal static class ExportCommandLine
{
    /// <summary>The one export format: KGX JSON Lines.</summary>
    public const string Kgx = "kgx";

    public static Command Create(Option<string> data, TextWriter output, TextWriter error, GraphSchema schema)
    {
        var format = new Option<string>("--format") { Description = "The export format: kgx (KGX JSON Lines, Biolink 4.4.4).", Required = true };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != Kgx)
            {
                result.AddError($"--format must be {Kgx} (KGX JSON Lines, the only export format); got {EchoedText.Quote(value ?? "")}.");
            }
        });
        var outDirectory = new Option<string>("--out") { Description = "The directory to write the export to; created if missing, files of the same names replaced.", Required = true };
        outDirectory.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value))
            {
                result.AddError("--out must name a directory.");
            }
            else if (File.Exists(value))
            {
                result.AddError($"--out {EchoedText.Quote(value)} is a file; give a directory (it is created if missing).");
            }
        });

        var command = new Command("export",
            $"Validate the dataset and write it as KGX JSON Lines: {KgxBundle.NodesFile}, {KgxBundle.EdgesFile} and {KgxBundle.MetadataFile} " +
            "(Biolink version, dataset version, prefix map). Exit 2 with every problem, and nothing written, when the dataset is invalid.")
        {
            data, format, outDirectory,
        };
        command.SetAction((parse, ct) => new ExportCommand(parse.GetValue(data)!, parse.GetValue(outDirectory)!, output, error, schema).RunAsync(ct));
        return command;
    }
}
