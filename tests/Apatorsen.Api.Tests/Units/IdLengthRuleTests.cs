using Apatorsen.Api.Input;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Units;

/// <summary>The API looks up every id the importer accepts: the one length cap is the schema's.</summary>
public sealed class IdLengthRuleTests
{
    private static readonly string LongestProjectId = "apatorsen:" + new string('a', GraphSchema.MaxIdLength - "apatorsen:".Length);

    [Fact]
    public void Id_OfTheSchemasMaximumLength_IsAccepted()
    {
        var errors = new InputErrors();

        Assert.Equal(LongestProjectId, errors.Id("id", LongestProjectId));
        Assert.False(errors.Any);
    }

    [Fact]
    public void Id_OneCharacterOverTheSchemasMaximum_IsRefusedNamingTheCap()
    {
        var errors = new InputErrors();

        errors.Id("id", LongestProjectId + "a");

        Assert.True(errors.Any);
        Assert.Contains($"at most {GraphSchema.MaxIdLength} characters", errors.Problem().ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
