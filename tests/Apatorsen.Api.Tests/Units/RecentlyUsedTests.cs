using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Mapping;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Units;

/// <summary>
/// Shaped and mapped answers are kept per stored node and relationship while they are asked about, not for every one
/// ever asked about: on a graph of millions of relationships the latter grows without end.
/// </summary>
public sealed class RecentlyUsedTests
{
    private sealed class Key;

    [Fact]
    public void AKey_AskedAgain_GetsTheValueMadeTheFirstTime()
    {
        var kept = new RecentlyUsed<Key, object>(capacity: 4);
        var key = new Key();
        var made = 0;

        var first = kept.GetOrAdd(key, _ => { made++; return new object(); });
        var second = kept.GetOrAdd(key, _ => { made++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void KeysNotAskedAbout_ForTwoGenerations_AreDropped()
    {
        var kept = new RecentlyUsed<Key, object>(capacity: 2);
        var old = new Key();
        var value = kept.GetOrAdd(old, _ => new object());

        foreach (var other in Enumerable.Range(0, 4).Select(_ => new Key()))
        {
            kept.GetOrAdd(other, _ => new object());
        }

        Assert.NotSame(value, kept.GetOrAdd(old, _ => new object()));
    }

    [Fact]
    public void AKeyAskedAbout_WhileItsGenerationAges_IsKept()
    {
        var kept = new RecentlyUsed<Key, object>(capacity: 2);
        var busy = new Key();
        var value = kept.GetOrAdd(busy, _ => new object());

        for (var i = 0; i < 10; i++)
        {
            kept.GetOrAdd(new Key(), _ => new object());
            Assert.Same(value, kept.GetOrAdd(busy, _ => new object()));
        }
    }

    [Fact]
    public void KeysAreTheObjects_NotTheirValues()
    {
        var kept = new RecentlyUsed<StoredRelationship, object>(capacity: 4);
        var properties = new Dictionary<string, object?>();
        var one = new StoredRelationship("TARGETS", "a", "b", properties);
        var equal = new StoredRelationship("TARGETS", "a", "b", properties);

        Assert.Equal(one, equal);
        Assert.NotSame(kept.GetOrAdd(one, _ => new object()), kept.GetOrAdd(equal, _ => new object()));
    }

    [Fact]
    public void TrapiMapping_MapsARelationshipOnce_WhileItIsAskedAbout_AndKeepsNoMoreThanItIsTold()
    {
        var mapping = new TrapiMapping(ApatorsenSchema.Instance, kept: 1);
        var relationships = Enumerable.Range(0, 3)
            .Select(i => new StoredRelationship("TARGETS", "DRUGBANK:DB06094", $"UniProtKB:P0479{i}", new Dictionary<string, object?>()))
            .ToArray();

        var first = mapping.Edge(relationships[0]).Edge;
        Assert.Same(first, mapping.Edge(relationships[0]).Edge);
        mapping.Edge(relationships[1]);
        mapping.Edge(relationships[2]);

        Assert.NotSame(first, mapping.Edge(relationships[0]).Edge);
    }
}
