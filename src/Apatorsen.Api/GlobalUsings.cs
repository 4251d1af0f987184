// The API's vocabulary, used by most of its files: the JSON contracts it answers with and the schema's names.
global using Apatorsen.Api.Contracts;
global using Apatorsen.Graph.Schema;
