using System.Text;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

public sealed class DatasetValidatorTests
{
    private static readonly DatasetValidator Validator = new(ApatorsenSchema.Instance);

    private static string[] Problems(TempDataset dataset) =>
        Validator.Validate(dataset.Directory, cancellationToken: TestContext.Current.CancellationToken).Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Validate_SmallValidDataset_ReportsNoProblemsAndCounts()
    {
        using var dataset = new TempDataset();

        var report = Validator.Validate(dataset.Directory, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.NodeCounts["Drug"]);
        Assert.Equal(1, report.RelationshipCounts["TARGETS"]);
        Assert.Equal(["nodes/drugs.csv", "nodes/proteins.csv", "nodes/publications.csv", "nodes/trials.csv"], report.NodeFiles);
    }

    [Fact]
    public void Load_SmallValidDataset_ConvertsTypedValuesAndUnquotes()
    {
        using var dataset = new TempDataset();

        var graph = GraphDataset.Load(dataset.Directory, ApatorsenSchema.Instance);

        var trial = graph.Nodes.Single(n => n.Label == "ClinicalTrial");
        Assert.Equal(2L, trial.Properties["phase"]);
        Assert.Equal(155L, trial.Properties["enrollment"]);
        var drug = graph.Nodes.Single(n => n.Label == "Drug");
        Assert.Equal(["OGX-427", "apatorsen sodium"], (string[])drug.Properties["synonyms"]);
        var publication = graph.Nodes.Single(n => n.Label == "Publication");
        Assert.Equal("A study of Hsp27, with \"quotes\"", publication.Properties["title"]);
        Assert.Equal(["apatorsen:ref-01"], graph.Relationships.Single().Publications);
        Assert.Matches("^[0-9a-f]{16}$", graph.Version);
    }

    [Fact]
    public void DatasetVersion_ChangesWithContentAndOnlyWithContent()
    {
        using var first = new TempDataset();
        using var same = new TempDataset();
        using var changed = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/drugs.csv"] = "id:ID,:LABEL,name\napatorsen:apatorsen,Drug,Apatorsen",
        });

        Assert.Equal(DatasetVersion.Compute(first.Directory), DatasetVersion.Compute(same.Directory));
        Assert.NotEqual(DatasetVersion.Compute(first.Directory), DatasetVersion.Compute(changed.Directory));
    }

    [Fact]
    public void Validate_AQuoteNeverClosed_IsAProblemOnItsLine_InsteadOfSwallowingTheRowsAfterIt()
    {
        using var dataset = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/drugs.csv"] = "id:ID,:LABEL,name\napatorsen:apatorsen,Drug,\"apatorsen\napatorsen:second,Drug,second\napatorsen:third,Drug,third",
        });

        var problems = Problems(dataset);

        Assert.Contains(problems, p => p.StartsWith("nodes/drugs.csv:2: a quoted value on this line is never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AQuotedValueOverSeveralLines_IsReadAsOneValue()
    {
        using var dataset = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/drugs.csv"] = "id:ID,:LABEL,name,description\napatorsen:apatorsen,Drug,apatorsen,\"two\nlines\"\napatorsen:second,Drug,second,\"one line\"",
        });

        Assert.Empty(Problems(dataset));
    }

    public static TheoryData<string, string, string?, string[]> BrokenInputs => new()
    {
        {
            "unknown label", "nodes/drugs.csv", "id:ID,:LABEL,name\napatorsen:apatorsen,Drugg,apatorsen",
            [
                "nodes/drugs.csv:2:2: unknown label 'Drugg'",
                "relationships/mechanism.csv:2:1: start id 'apatorsen:apatorsen' does not exist in the dataset",
            ]
        },
        {
            "unknown relationship type", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGET,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:3: unknown relationship type 'TARGET'"]
        },
        {
            "missing required property", "nodes/drugs.csv", "id:ID,:LABEL,name\napatorsen:apatorsen,Drug,",
            ["nodes/drugs.csv:2:3: missing required property 'name' of Drug"]
        },
        {
            "wrong type", "nodes/trials.csv", "id:ID,:LABEL,name,phase:int\nCLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,II",
            [
                "nodes/trials.csv:2:4: 'phase' must be an int, found 'II'",
                "nodes/trials.csv:2:4: missing required property 'phase' of ClinicalTrial",
            ]
        },
        {
            "wrong type in an array element", "nodes/trials.csv",
            "id:ID,:LABEL,name,phase:int\nCLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,2.5",
            [
                "nodes/trials.csv:2:4: 'phase' must be an int, found '2.5'",
                "nodes/trials.csv:2:4: missing required property 'phase' of ClinicalTrial",
            ]
        },
        {
            "empty array element", "nodes/drugs.csv", "id:ID,:LABEL,name,synonyms:string[]\napatorsen:apatorsen,Drug,apatorsen,OGX-427;;x",
            ["nodes/drugs.csv:2:4: 'synonyms' has an empty element at position 2 of 'OGX-427;;x'"]
        },
        {
            "duplicate id", "nodes/drugs.csv", "id:ID,:LABEL,name\napatorsen:apatorsen,Drug,apatorsen\napatorsen:apatorsen,Drug,OGX-427",
            ["nodes/drugs.csv:3:1: duplicate id 'apatorsen:apatorsen', first defined at nodes/drugs.csv:2"]
        },
        {
            "id that breaks the label's id rules", "nodes/proteins.csv", "id:ID,:LABEL,name\nP04792,Protein,Hsp27",
            [
                "nodes/proteins.csv:2:1: id 'P04792' is not a valid Protein id; expected an id like UniProtKB:P04792",
                "relationships/mechanism.csv:2:2: end id 'UniProtKB:P04792' does not exist in the dataset",
            ]
        },
        {
            "relationship to an id that does not exist", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P99999,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:2: end id 'UniProtKB:P99999' does not exist in the dataset"]
        },
        {
            "relationship between labels the schema does not allow", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,CLINICALTRIALS:NCT01829113,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:3: TARGETS cannot connect Drug to ClinicalTrial; the schema allows Drug -> Protein"]
        },
        {
            "knowledge level outside Biolink's enum", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,believed,manual_agent",
            ["relationships/mechanism.csv:2:6: 'knowledge_level' cannot be 'believed'; it is one of knowledge_assertion, logical_entailment, prediction, statistical_association, text_co_occurrence, observation, not_provided",
                "relationships/mechanism.csv:2:6: missing required property 'knowledge_level' of TARGETS"]
        },
        {
            "knowledge source the graph does not name", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:elsewhere,apatorsen:ref-01,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:4: 'primary_knowledge_source' cannot be 'infores:elsewhere'; it is one of infores:apatorsen-kg, infores:mondo, infores:uniprot, infores:hgnc, infores:clinicaltrials",
                "relationships/mechanism.csv:2:4: missing required property 'primary_knowledge_source' of TARGETS"]
        },
        {
            "a former id that is still a node's id", "nodes/drugs.csv",
            "id:ID,:LABEL,name,formerIds:string[]\napatorsen:apatorsen,Drug,apatorsen,UniProtKB:P04792",
            ["nodes/drugs.csv:2:4: former id 'UniProtKB:P04792' of apatorsen:apatorsen is the id of a node (nodes/proteins.csv:2)"]
        },
        {
            "a confidence level without its interval", "nodes/outcomes.csv",
            "id:ID,:LABEL,name,measure,ciLevel:double\napatorsen:outcome-x,Outcome,X,overall survival,0.95",
            ["nodes/outcomes.csv:2:5: 'ciLevel' of Outcome needs 'ciLower' beside it"]
        },
        {
            "curated relationship without publications", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:5: a relationship whose primary knowledge source is infores:apatorsen-kg needs at least one publication"]
        },
        {
            "unknown publication", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01;apatorsen:ref-99,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:5: publication 'apatorsen:ref-99' is not a node of the dataset"]
        },
        {
            "publication that is not a publication", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,UniProtKB:P04792,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:2:5: publication 'UniProtKB:P04792' is a Protein, not a Publication or a ClinicalTrial (whose registry record can be cited)"]
        },
        {
            "duplicate relationship", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:3:3: duplicate relationship (apatorsen:apatorsen)-[:TARGETS]->(UniProtKB:P04792), first defined at relationships/mechanism.csv:2"]
        },
        {
            "property the row's label does not have", "nodes/drugs.csv", "id:ID,:LABEL,name,symbol\napatorsen:apatorsen,Drug,apatorsen,HSPB1",
            ["nodes/drugs.csv:2:4: 'symbol' is not a property of Drug"]
        },
        {
            // The reader converts a repeated value once per column; whether the row's label has the property is still asked per row.
            "property one row's label has and a later row's has not, same value", "nodes/proteins.csv",
            "id:ID,:LABEL,name,symbol\nUniProtKB:P04792,Protein,Hsp27,HSPB1\napatorsen:other,Drug,other,HSPB1",
            ["nodes/proteins.csv:3:4: 'symbol' is not a property of Drug"]
        },
        {
            // A list of publications is remembered as citable only when all of it is: the repeat is reported too.
            "the same list with a missing publication on two rows", "relationships/mechanism.csv",
            ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\n" +
            "apatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01;apatorsen:ref-99,knowledge_assertion,manual_agent\n" +
            "apatorsen:apatorsen,UniProtKB:P04792,INCREASES,infores:apatorsen-kg,apatorsen:ref-01;apatorsen:ref-99,knowledge_assertion,manual_agent",
            [
                "relationships/mechanism.csv:2:5: publication 'apatorsen:ref-99' is not a node of the dataset",
                "relationships/mechanism.csv:3:5: publication 'apatorsen:ref-99' is not a node of the dataset",
            ]
        },
        {
            "wrong number of fields", "nodes/proteins.csv", "id:ID,:LABEL,name\nUniProtKB:P04792,Protein,Hsp27,extra",
            [
                "nodes/proteins.csv:2:4: expected 3 fields, found 4",
                "relationships/mechanism.csv:2:2: end id 'UniProtKB:P04792' does not exist in the dataset",
            ]
        },
        {
            "id with surrounding white space", "nodes/proteins.csv", "id:ID,:LABEL,name\nUniProtKB:P04792 ,Protein,Hsp27",
            [
                "nodes/proteins.csv:2:1: id 'UniProtKB:P04792 ' has leading or trailing white space",
                "relationships/mechanism.csv:2:2: end id 'UniProtKB:P04792' does not exist in the dataset",
            ]
        },
        {
            "header that is neither a node nor a relationship header", "relationships/mechanism.csv",
            ":START_ID,:END_ID,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent",
            ["relationships/mechanism.csv:1: malformed header: a relationship file needs the columns :START_ID, :END_ID and :TYPE; this one has no :TYPE"]
        },
        {
            "header with an unknown type", "nodes/trials.csv", "id:ID,:LABEL,name,phase:integer\nCLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,2",
            ["nodes/trials.csv:1:4: malformed header: unknown type 'integer' in 'phase:integer'; expected one of string, int, double, boolean, string[], int[], double[]"]
        },
        {
            "header type that differs from the schema", "nodes/trials.csv", "id:ID,:LABEL,name,phase\nCLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,2",
            ["nodes/trials.csv:1:4: malformed header: 'phase' is int in the schema, but the header declares string"]
        },
        {
            "header with a property no label has", "nodes/drugs.csv", "id:ID,:LABEL,name,colour\napatorsen:apatorsen,Drug,apatorsen,blue",
            ["nodes/drugs.csv:1:4: malformed header: 'colour' is not a property of any label in the schema",
                "relationships/mechanism.csv:2:1: start id 'apatorsen:apatorsen' does not exist in the dataset"]
        },
        {
            "header that sets an importer property", "nodes/drugs.csv", "id:ID,:LABEL,name,dataset\napatorsen:apatorsen,Drug,apatorsen,x",
            ["nodes/drugs.csv:1:4: malformed header: 'dataset' is written by the importer and may not be set by the dataset",
                "relationships/mechanism.csv:2:1: start id 'apatorsen:apatorsen' does not exist in the dataset"]
        },
        {
            "header with a duplicate column", "nodes/drugs.csv", "id:ID,:LABEL,name,name\napatorsen:apatorsen,Drug,apatorsen,x",
            ["nodes/drugs.csv:1:4: malformed header: duplicate column 'name'",
                "relationships/mechanism.csv:2:1: start id 'apatorsen:apatorsen' does not exist in the dataset"]
        },
        {
            "too few fields", "nodes/proteins.csv", "id:ID,:LABEL,name,symbol\nUniProtKB:P04792,Protein",
            [
                "nodes/proteins.csv:2:3: expected 4 fields, found 2",
                "relationships/mechanism.csv:2:2: end id 'UniProtKB:P04792' does not exist in the dataset",
            ]
        },
        {
            "header that mixes node and relationship key columns", "nodes/drugs.csv", "id:ID,:LABEL,:TYPE,name\napatorsen:apatorsen,Drug,X,apatorsen",
            [
                "nodes/drugs.csv:1:3: malformed header: ':TYPE' belongs in a relationship file, and this file has the node columns id:ID and :LABEL",
                "relationships/mechanism.csv:2:1: start id 'apatorsen:apatorsen' does not exist in the dataset",
            ]
        },
        {
            "missing required property without a column", "nodes/drugs.csv", "id:ID,:LABEL,synonyms:string[]\napatorsen:apatorsen,Drug,OGX-427",
            ["nodes/drugs.csv:2: missing required property 'name' of Drug (the file has no 'name' column)"]
        },
        {
            "id longer than the API accepts", "nodes/drugs.csv",
            $"id:ID,:LABEL,name\napatorsen:apatorsen,Drug,apatorsen\napatorsen:{new string('a', 300)},Drug,long",
            [$"nodes/drugs.csv:3:1: id is 310 characters long, more than the 256 an id may have: 'apatorsen:{new string('a', 70)}...' (310 characters)"]
        },
        {
            "terminal escape sequence in a cell", "nodes/trials.csv",
            "id:ID,:LABEL,name,phase:int\nCLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,2\u001b]0;owned\u0007\u001b[2J",
            [
                "nodes/trials.csv:2:4: 'phase' holds the control character U+001B at character 2; of the control characters only tab, and line breaks inside a quoted value, are allowed",
                "nodes/trials.csv:2:4: 'phase' must be an int, found '2\\x1B]0;owned\\x07\\x1B[2J'",
                "nodes/trials.csv:2:4: missing required property 'phase' of ClinicalTrial",
            ]
        },
        {
            "empty file", "nodes/proteins.csv", "",
            [
                "nodes/proteins.csv: is empty or not a regular file (a pipe, socket or device); a dataset file needs at least a header row",
                "relationships/mechanism.csv:2:2: end id 'UniProtKB:P04792' does not exist in the dataset",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void Validate_BrokenInput_ReportsExactlyTheExpectedProblems(string because, string file, string? content, string[] expected)
    {
        using var dataset = new TempDataset(new Dictionary<string, string?> { [file] = content });

        var problems = Problems(dataset);

        Assert.True(expected.SequenceEqual(problems), $"{because}:\nexpected\n  {string.Join("\n  ", expected)}\nactual\n  {string.Join("\n  ", problems)}");
    }

    [Fact]
    public void Validate_FileThatIsNotUtf8_ReportsTheLineOfTheFirstBadByte()
    {
        using var dataset = new TempDataset();
        var latin1 = Encoding.Latin1.GetBytes("id:ID,:LABEL,name\nUniProtKB:P04792,Protein,Hsp27 \u00b5M\n");
        dataset.Write("nodes/proteins.csv", latin1);

        var problems = Problems(dataset);

        Assert.Equal(
            [
                "nodes/proteins.csv:2:3: the file is not valid UTF-8 (first invalid byte at offset 49)",
                "relationships/mechanism.csv:2:2: end id 'UniProtKB:P04792' does not exist in the dataset",
            ],
            problems);
    }

    [Fact]
    public void Validate_ManyProblemsInOneRun_ReportsEveryOneWithFileAndLine()
    {
        using var dataset = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/trials.csv"] = "id:ID,:LABEL,name,phase:int\nCLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,two\nCLINICALTRIALS:NCT0182911,ClinicalTrial,X,2",
            ["relationships/mechanism.csv"] = ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\napatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-02,knowledge_assertion,manual_agent\nx:y,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent",
        });

        var problems = Problems(dataset);

        Assert.Equal(
            [
                "nodes/trials.csv:2:4: 'phase' must be an int, found 'two'",
                "nodes/trials.csv:2:4: missing required property 'phase' of ClinicalTrial",
                "nodes/trials.csv:3:1: id 'CLINICALTRIALS:NCT0182911' is not a valid ClinicalTrial id; expected an id like CLINICALTRIALS:NCT01829113, apatorsen:arm-spruce-apatorsen",
                "relationships/mechanism.csv:2:5: publication 'apatorsen:ref-02' is not a node of the dataset",
                "relationships/mechanism.csv:3:1: start id 'x:y' does not exist in the dataset",
            ],
            problems);
    }

    [Fact]
    public void Validate_QuotedFieldSpanningLines_ReportsLaterRowsOnTheirOwnLines()
    {
        using var dataset = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/drugs.csv"] = "id:ID,:LABEL,name,description\napatorsen:apatorsen,Drug,apatorsen,\"two\nlines\"\napatorsen:apatorsen,Drug,again,",
        });

        Assert.Equal(["nodes/drugs.csv:4:1: duplicate id 'apatorsen:apatorsen', first defined at nodes/drugs.csv:2"], Problems(dataset));
    }

    [Fact]
    public void Validate_IdOfExactlyTheMaximumLength_IsAccepted()
    {
        var id = "apatorsen:" + new string('a', GraphSchema.MaxIdLength - "apatorsen:".Length);
        using var dataset = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/drugs.csv"] = $"id:ID,:LABEL,name\napatorsen:apatorsen,Drug,apatorsen\n{id},Drug,long",
        });

        Assert.Empty(Problems(dataset));
    }

    [Fact]
    public void Validate_QuotedCellWithALineBreak_IsEchoedOnOneLine()
    {
        using var dataset = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/drugs.csv"] = "id:ID,:LABEL,name\napatorsen:apatorsen,\"Drug\nDROP\",apatorsen",
        });

        Assert.Equal(
            [
                "nodes/drugs.csv:2:2: unknown label 'Drug\\nDROP'",
                "relationships/mechanism.csv:2:1: start id 'apatorsen:apatorsen' does not exist in the dataset",
            ],
            Problems(dataset));
    }

    [Fact]
    public void Validate_MissingDirectory_SaysSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "apatorsen-missing-" + Guid.NewGuid().ToString("N"));

        var problem = Assert.Single(Validator.Validate(missing, cancellationToken: TestContext.Current.CancellationToken).Problems);

        Assert.Equal("the dataset directory does not exist", problem.Message);
    }
}
