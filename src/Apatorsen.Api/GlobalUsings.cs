// The API's vocabulary, used by most of its files: the JSON contracts it answers with, the questions' value types
// and the schema's names.
global using Apatorsen.Api.Contracts;
global using Apatorsen.Api.Questions;
global using Apatorsen.Graph.Schema;
