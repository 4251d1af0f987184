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
        "SHOW INDEXES",
        "SHOW ALL INDEXES",
        "show fulltext indexes yield name, labelsOrTypes where name = 'entity_search' return name",
        "SHOW RANGE INDEX",
        "SHOW VECTOR INDEXES YIELD *",
        "SHOW CONSTRAINTS",
        "SHOW ALL CONSTRAINTS YIELD name",
        "SHOW NODE KEY CONSTRAINTS",
        "SHOW RELATIONSHIP PROPERTY EXISTENCE CONSTRAINTS",
        "SHOW REL PROPERTY TYPE CONSTRAINTS",
        "SHOW NODE PROPERTY UNIQUENESS CONSTRAINTS WHERE name STARTS WITH 'entity'",
        "SHOW UNIQUE CONSTRAINT",
        "SHOW FUNCTIONS",
        "SHOW BUILT IN FUNCTIONS YIELD name, signature RETURN name, signature",
        "SHOW USER DEFINED FUNCTIONS",
        "SHOW ALL FUNCTIONS EXECUTABLE BY CURRENT USER",
        "SHOW PROCEDURES",
        "SHOW PROCEDURE EXECUTABLE YIELD name",
        "CYPHER 25 SHOW INDEXES YIELD name AS i SHOW CONSTRAINTS YIELD name AS c RETURN i, c",
        "WITH 1 AS show RETURN show",
        "WITH 1 AS show RETURN show LIMIT 1",
        "MATCH (show) WHERE show IS NOT NULL RETURN show ORDER BY show DESC",
        "WITH [1] AS show UNWIND show AS x RETURN x, show",
        "WITH 1 AS show RETURN [show, show IS NULL], (show IN [1]) AS y",
        "MATCH (n:Show {show: 1}) RETURN n.show AS show",
        "RETURN 1 AS `show`",
        "CYPHER 25 RETURN s'{n}' AS text",
        "CYPHER 25 RETURN s'text with dbms.components() in it' AS text",
        "CYPHER 25 RETURN s'a {1 + 1} b' + 'LOAD CSV' AS text",
        "RETURN xs'LOAD CSV' AS text",
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
        { "SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId", "SHOW TRANSACTIONS" },
        { "SHOW INDEXES YIELD name TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS" },
        { "TERMINATE TRANSACTION 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS" },
        { "RETURN 1 /* unterminated", "unterminated comment" },
        { "RETURN 'unterminated", "unterminated string" },
        { "RETURN \"unterminated\\\"", "unterminated string" },
        { "RETURN `unterminated", "unterminated quoted name" },
        { "CYPHER 25 RETURN s'unterminated {1}", "unterminated interpolated string" },
        { "CYPHER 25 RETURN s'{1", "unterminated interpolated string" },

        // U+001C-U+001F are whitespace to Neo4j's grammar, not to char.IsWhiteSpace; U+0085 to Cypher 25 (issue 17).
        { "LOAD\u001cCSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV" },
        { "USE\u001fsystem MATCH (n) RETURN n", "USE" },
        { "CALL\u001cdbms\u001c.listConfig()", "dbms.listConfig" },
        { "CALL dbms\u001d.\u001dlistConfig()", "dbms.listConfig" },
        { "RETURN apoc\u001e.version()", "apoc.version" },
        { "TERMINATE\u001fTRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS" },
        { "SHOW\u001cSETTINGS", "SHOW SETTINGS" },
        { "CYPHER 25 LOAD\u0085CSV FROM 'x' AS r RETURN r", "LOAD CSV" },
        { "RETURN 1;\u001fRETURN 2", "more than one statement" },

        // USE takes a parenthesised graph reference, and stands after an importing WITH and in WHEN branches too.
        { "USE (system) MATCH (n) RETURN n", "USE" },
        { "USE(neo4j) RETURN 1", "USE" },
        { "USE GRAPH system MATCH (n) RETURN n", "USE" },
        { "MATCH (n) CALL { WITH n USE other MATCH (m) RETURN m } RETURN m", "USE" },
        { "CYPHER 25 WHEN true THEN USE other RETURN 1 AS x ELSE RETURN 2 AS x", "USE" },
        { "CYPHER 25 WHEN false THEN RETURN 1 AS x ELSE USE other RETURN 2 AS x", "USE" },

        // Cypher 25's interpolated strings evaluate the expressions in braces.
        { "CYPHER 25 RETURN s'{dbms.components()}' AS v", "dbms.components" },
        { "CYPHER 25 RETURN S\"a {apoc.version()} b\" AS v", "apoc.version" },
        { "CYPHER 25 RETURN s'{ {a: 1}.a } {COUNT { CALL dbms.listConfig() YIELD name RETURN name }}' AS v", "dbms.listConfig" },
        { "CYPHER 25 RETURN s'\\'{apoc.version()}' AS v", "apoc.version" },

        // SHOW reads the server, except for the schema and what can be called.
        { "SHOW SETTINGS", "SHOW SETTINGS" },
        { "SHOW SETTING 'server.directories.import'", "SHOW SETTING" },
        { "show users", "SHOW USERS" },
        { "SHOW CURRENT USER", "SHOW CURRENT USER" },
        { "SHOW PRIVILEGES", "SHOW PRIVILEGES" },
        { "SHOW USER PRIVILEGES", "SHOW USER PRIVILEGES" },
        { "SHOW ALL PRIVILEGES AS COMMANDS", "SHOW ALL PRIVILEGES" },
        { "SHOW SUPPORTED PRIVILEGES", "SHOW SUPPORTED PRIVILEGES" },
        { "SHOW TRANSACTIONS", "SHOW TRANSACTIONS" },
        { "SHOW TRANSACTION 'neo4j-transaction-1'", "SHOW TRANSACTION" },
        { "SHOW SERVERS", "SHOW SERVERS" },
        { "SHOW DATABASES", "SHOW DATABASES" },
        { "SHOW DEFAULT DATABASE", "SHOW DEFAULT DATABASE" },
        { "SHOW HOME DATABASE", "SHOW HOME DATABASE" },
        { "SHOW ROLES", "SHOW ROLES" },
        { "SHOW ALIASES FOR DATABASE", "SHOW ALIASES" },
        { "SHOW CURRENT GRAPH TYPE", "SHOW CURRENT GRAPH TYPE" },
        { "CYPHER 25 SHOW INDEXES YIELD name SHOW SETTINGS YIELD name AS s RETURN s", "SHOW SETTINGS" },
        { "CYPHER 25 CALL { SHOW SETTINGS YIELD name RETURN name } RETURN name", "SHOW SETTINGS" },
        { "/* SHOW INDEXES */ SHOW /* x */ SETTINGS", "SHOW SETTINGS" },
        { "MATCH (n) CALL { WITH * SHOW SETTINGS YIELD name RETURN name } RETURN name", "SHOW SETTINGS" },
        { "MATCH (n) CALL (n) { SHOW USERS YIELD user RETURN user } RETURN user", "SHOW USERS" },
        { "MATCH (n) WITH n SHOW SETTINGS YIELD name RETURN name", "SHOW SETTINGS" },
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
