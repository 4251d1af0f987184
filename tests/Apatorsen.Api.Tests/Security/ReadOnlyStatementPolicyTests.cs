using Apatorsen.Api.Security;

namespace Apatorsen.Api.Tests.Security;

/// <summary>
/// What POST /api/cypher refuses before sending anything to Neo4j, decided on tokens: text inside strings, quoted
/// names and comments neither trips the check nor hides a clause from it.
/// </summary>
public sealed class ReadOnlyStatementPolicyTests
{
    public static TheoryData<string> Allowed => new()
    {
        "MATCH (n) RETURN n",
        "RETURN 'LOAD CSV' AS text",
        "RETURN \"CALL dbms.components()\" AS text",
        "RETURN 'it\\'s; LOAD CSV' AS text",
        "RETURN \"a \\\" ; USE system\" AS text",
        "// CALL dbms.x\nRETURN 1",
        "RETURN 1 // ; LOAD CSV FROM 'x' AS r",
        "/* ; */ RETURN 1",
        "/* CALL apoc.load.json('x') */ MATCH (n) RETURN count(n) AS n",
        "RETURN 1;",
        "RETURN 1 ;  \n",
        "RETURN 1; // done",
        "RETURN 1; /* done */",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.labels",
        "call db.relationshipTypes() yield relationshipType return relationshipType",
        "CALL `db`.`labels`() YIELD label RETURN label",
        "CALL db.propertyKeys()",
        "CALL db.schema.visualization()",
        "CALL db.schema.nodeTypeProperties()",
        "CALL db.schema.relTypeProperties()",
        "CALL db.index.fulltext.queryNodes('entity_search', 'hsp*') YIELD node, score RETURN node.id AS id, score",
        "MATCH (n) CALL { WITH n RETURN count(*) AS c } RETURN c",
        "MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name",
        "MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } RETURN n, m",
        "MATCH (n) WHERE n.load = 1 AND n.csv = 2 RETURN n.call AS call, n.use AS use",
        "MATCH (n:Load)-[:CALL]->(m:Use) RETURN n, m",
        "MATCH (n:`LOAD CSV`) RETURN n",
        "WITH 1 AS use RETURN use",
        "WITH 1 AS load RETURN load AS csv",
        "WITH {use: 1, load: 2, call: 3} AS m RETURN m",
        "MATCH (n) RETURN n { .name, use: 1 } AS projected",
        "RETURN $call AS p, $`use` AS q",
        "RETURN 1 AS `;`",
        "RETURN db.nameFromElementId('4:x:1') AS name",
        "MATCH p = (a)-[*1..3]->(b) RETURN p LIMIT 1",
        "RETURN 1.5e3 AS n, 0x1F AS h, .5 AS f",
        "SHOW INDEXES YIELD name RETURN name",
        "RETURN [x IN range(1, 3) | x] AS xs",
        "MATCH (n) RETURN n UNION MATCH (n) RETURN n",
        "CYPHER 5 MATCH (n) RETURN n",
        "EXPLAIN MATCH (use) RETURN use",
        "PROFILE WITH 1 AS use RETURN use",
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD CSV" },
        { "load csv with headers from 'http://example.org/x.csv' as r return r", "LOAD CSV" },
        { "/* hide */ LOAD /* x */ CSV FROM 'x' AS r RETURN r", "LOAD CSV" },
        { "RETURN 1 AS one // x\nLOAD CSV FROM 'x' AS r RETURN r", "LOAD CSV" },
        { "CALL { LOAD CSV FROM 'x' AS r RETURN r } RETURN r", "LOAD CSV" },
        { "CALL dbms.components()", "dbms.components" },
        { "CALL `dbms`.`components`() YIELD name RETURN name", "dbms.components" },
        { "CALL `dbms.components`()", "dbms.components" },
        { "CALL dbms.security.listUsers", "dbms.security.listUsers" },
        { "CALL apoc.load.json('http://example.org/x.json') YIELD value RETURN value", "apoc.load.json" },
        { "CALL db.createLabel('X')", "db.createLabel" },
        { "CALL db.index.fulltext.queryRelationships('x', 'y')", "db.index.fulltext.queryRelationships" },
        { "CALL db.labels() YIELD label CALL dbms.killQuery('x') YIELD queryId RETURN label", "dbms.killQuery" },
        { "CALL { CALL dbms.components() YIELD name RETURN name } RETURN name", "dbms.components" },
        { "MATCH (n) CALL (n) { CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data } RETURN data", "db.stats.retrieve" },
        { "RETURN apoc.text.join(['a', 'b'], ',') AS joined", "apoc.text.join" },
        { "RETURN APOC.version() AS v", "APOC.version" },
        { "RETURN `apoc`.`util`.`sha1`(['x']) AS h", "apoc.util.sha1" },
        { "RETURN dbms.x() AS x", "dbms.x" },
        { "USE system SHOW USERS", "USE" },
        { "use neo4j MATCH (n) RETURN n", "USE" },
        { "USE `neo4j` RETURN 1", "USE" },
        { "MATCH (n) RETURN n UNION USE other MATCH (n) RETURN n", "USE" },
        { "MATCH (n) RETURN n UNION ALL USE other MATCH (n) RETURN n", "USE" },
        { "CALL { USE other MATCH (n) RETURN n } RETURN n", "USE" },
        { "CYPHER 5 USE system SHOW USERS", "USE" },
        { "CYPHER runtime=slotted USE other MATCH (n) RETURN n", "USE" },
        { "EXPLAIN USE system SHOW USERS", "USE" },
        { "PROFILE CYPHER 5 planner=cost USE other RETURN 1", "USE" },
        { "RETURN 1; RETURN 2", "more than one statement" },
        { "RETURN 1; /* c */ MATCH (n) DETACH DELETE n", "more than one statement" },
        { "RETURN ';'; LOAD CSV FROM 'x' AS r RETURN r", "more than one statement" },
        { "SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId", "TERMINATE TRANSACTIONS" },
        { "TERMINATE TRANSACTION 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS" },
        { "RETURN 1 /* unterminated", "unterminated comment" },
        { "RETURN 'unterminated", "unterminated string" },
        { "RETURN \"unterminated\\\"", "unterminated string" },
        { "RETURN `unterminated", "unterminated quoted name" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void ReadingStatement_IsAllowed(string statement) =>
        Assert.Null(ReadOnlyStatementPolicy.Refusal(statement));

    [Theory]
    [MemberData(nameof(Refused))]
    public void StatementThatReachesBeyondTheGraph_IsRefused_NamingTheClause(string statement, string clause)
    {
        var refusal = ReadOnlyStatementPolicy.Refusal(statement);

        Assert.NotNull(refusal);
        Assert.Contains(clause, refusal, StringComparison.Ordinal);
    }
}
