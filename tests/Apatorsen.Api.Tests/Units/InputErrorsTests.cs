using Apatorsen.Api.Input;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Units;

public sealed class InputErrorsTests
{
    [Theory]
    [InlineData("UniProtKB:P04792", "UniProtKB:P04792")]
    [InlineData(" GO:0006915 ", "GO:0006915")]
    [InlineData("NCT01829113", "CLINICALTRIALS:NCT01829113")]
    [InlineData("nct01829113", "CLINICALTRIALS:NCT01829113")]
    [InlineData("apatorsen:arm-spruce-apatorsen", "apatorsen:arm-spruce-apatorsen")]
    [InlineData("RefSeq:NM_001540.5", "RefSeq:NM_001540.5")]
    [InlineData("doi:10.1007/s10637-017-0553-x", "doi:10.1007/s10637-017-0553-x")]
    [InlineData("doi:10.1007%2Fs10637-017-0553-x", "doi:10.1007/s10637-017-0553-x")]
    public void Id_AcceptsCuriesAndBareNctNumbers_AsCanonicalIds(string raw, string expected)
    {
        var errors = new InputErrors();

        Assert.Equal(expected, errors.Id("id", raw));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P04792")]
    [InlineData("1abc:x")]
    [InlineData("abc:")]
    [InlineData(":x")]
    [InlineData("a b:c")]
    [InlineData("GO:00 06915")]
    [InlineData("x:a?b")]
    [InlineData("NCT123")]
    public void Id_RejectsWhatIsNotACurie(string raw)
    {
        var errors = new InputErrors();

        errors.Id("id", raw);

        Assert.True(errors.Any);
    }

    [Fact]
    public void Id_RejectsOverlongIds() => Assert.True(Check(e => e.Id("id", "x:" + new string('a', InputErrors.MaxIdLength))));

    [Theory]
    [InlineData("drug", "Drug")]
    [InlineData("CLINICALTRIAL", "ClinicalTrial")]
    public void Label_IsMatchedCaseInsensitively(string raw, string expected) => Assert.Equal(expected, new InputErrors().Label("label", raw, ApatorsenSchema.Instance));

    [Fact]
    public void Problem_NamesEveryInvalidField()
    {
        var errors = new InputErrors();
        errors.Limit("0");
        errors.Offset("-1");
        errors.Type("type", "CURES", ApatorsenSchema.Instance);

        var problem = errors.Problem();

        Assert.Equal(["limit", "offset", "type"], problem.ProblemDetails.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static bool Check(Action<InputErrors> check)
    {
        var errors = new InputErrors();
        check(errors);
        return errors.Any;
    }
}
