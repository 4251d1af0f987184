# syntax=docker/dockerfile:1
# The API and the importer, built in one stage and shipped as two images. Build context: the repository root.
#   docker build --target api -t apatorsen-api .
#   docker run --rm -p 8080:8080 apatorsen-api                      (embedded graph, no Neo4j)
#   docker run --rm -p 8080:8080 -e Neo4j__Uri=http://host:7474 -e Neo4j__User=neo4j -e Neo4j__Password=... apatorsen-api
#   docker build --target importer -t apatorsen-importer .
#   docker run --rm -e Neo4j__Uri=http://host:7474 -e Neo4j__User=neo4j -e Neo4j__Password=... apatorsen-importer
# tests/Apatorsen.IntegrationTests/Infrastructure/DockerfileTests.cs keeps the copied projects equal to the
# projects' references, and compose's targets equal to the stages below.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
# Chiseled: no shell, no package manager, runs as the non-root user "app"; InvariantGlobalization is on, so no ICU.
ARG ASPNET_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled

FROM ${SDK_IMAGE} AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Restore from the project files alone, so that this layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Apatorsen.Graph/Apatorsen.Graph.csproj src/Apatorsen.Graph/
COPY src/Apatorsen.Neo4j/Apatorsen.Neo4j.csproj src/Apatorsen.Neo4j/
COPY src/Apatorsen.Api/Apatorsen.Api.csproj src/Apatorsen.Api/
COPY src/Apatorsen.Importer/Apatorsen.Importer.csproj src/Apatorsen.Importer/
RUN dotnet restore src/Apatorsen.Api/Apatorsen.Api.csproj && dotnet restore src/Apatorsen.Importer/Apatorsen.Importer.csproj
COPY src/Apatorsen.Graph/ src/Apatorsen.Graph/
COPY src/Apatorsen.Neo4j/ src/Apatorsen.Neo4j/
COPY src/Apatorsen.Api/ src/Apatorsen.Api/
COPY src/Apatorsen.Importer/ src/Apatorsen.Importer/
# Apatorsen.Graph embeds every .cypher file of cypher/ (the queries, the Browser guide's saved queries); the API
# embeds cypher/browser/guide.html and style.grass, which it serves at /browser/guide and /browser/style.grass.
COPY cypher/ cypher/
RUN dotnet publish src/Apatorsen.Api/Apatorsen.Api.csproj -c Release --no-restore -o /out/api /p:UseAppHost=false \
 && dotnet publish src/Apatorsen.Importer/Apatorsen.Importer.csproj -c Release --no-restore -o /out/importer /p:UseAppHost=false

# The HTTP API on port 8080; with no Neo4j configured it serves the dataset it carries (the embedded backend).
FROM ${ASPNET_IMAGE} AS api
WORKDIR /app
COPY --from=build /out/api .
COPY data/apatorsen/ data/apatorsen/
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Apatorsen.Api.dll"]

# The importer (apatorsen-import) with the dataset, as a one-shot container.
FROM ${RUNTIME_IMAGE} AS importer
WORKDIR /app
COPY --from=build /out/importer .
COPY data/apatorsen/ data/apatorsen/
USER $APP_UID
ENTRYPOINT ["dotnet", "apatorsen-import.dll"]
CMD ["--data", "/app/data/apatorsen"]
